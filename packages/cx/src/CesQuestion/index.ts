export { CesQuestion } from './CesQuestion';
export type { CesQuestionProps } from './CesQuestion';
