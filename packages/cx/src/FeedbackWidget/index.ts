export { FeedbackWidget, feedbackWidgetKinds, feedbackPresentations } from './FeedbackWidget';
export type { FeedbackWidgetProps, FeedbackWidgetOwnProps, FeedbackWidgetKind, FeedbackPresentation } from './FeedbackWidget';
export { FeedbackStatus, STUCK_AFTER_ATTEMPTS } from './FeedbackStatus';
export type { FeedbackStatusProps } from './FeedbackStatus';
