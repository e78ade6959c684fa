export { ScaleQuestion } from './ScaleQuestion';
export type { ScaleQuestionProps, ScaleQuestionOwnProps } from './ScaleQuestion';
export { createStandardQuestion } from './standardQuestion';
export type { StandardQuestionProps } from './standardQuestion';
