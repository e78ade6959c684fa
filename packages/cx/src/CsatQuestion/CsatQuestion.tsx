import { createStandardQuestion, type StandardQuestionProps } from '../ScaleQuestion/standardQuestion';

export type CsatQuestionProps = StandardQuestionProps;

/** CSAT, 1–5 satisfaction: a ScaleQuestion with the standard scale, question and end labels in fi, sv and en. */
export const CsatQuestion = /* @__PURE__ */ createStandardQuestion('csat', 'CsatQuestion');
