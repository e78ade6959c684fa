export { ScaleQuestion } from './ScaleQuestion';
export type { ScaleQuestionProps, ScaleQuestionOwnProps } from './ScaleQuestion';
export type { StandardQuestionProps } from './standardQuestion';
