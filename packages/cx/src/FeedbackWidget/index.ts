export { FeedbackWidget, feedbackWidgetKinds, feedbackPresentations } from './FeedbackWidget';
export type { FeedbackWidgetProps, FeedbackWidgetOwnProps, FeedbackWidgetKind, FeedbackPresentation } from './FeedbackWidget';
export { FeedbackStatus } from './FeedbackStatus';
export type { FeedbackStatusProps } from './FeedbackStatus';
