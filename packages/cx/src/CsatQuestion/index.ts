export { CsatQuestion } from './CsatQuestion';
export type { CsatQuestionProps } from './CsatQuestion';
