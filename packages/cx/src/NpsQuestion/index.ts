export { NpsQuestion } from './NpsQuestion';
export type { NpsQuestionProps } from './NpsQuestion';
