import { createStandardQuestion, type StandardQuestionProps } from '../ScaleQuestion/standardQuestion';

export type CesQuestionProps = StandardQuestionProps;

/** CES, 1–7 agreement with "It was easy to…": a ScaleQuestion with the standard scale, question and end labels in fi, sv and en. */
export const CesQuestion = /* @__PURE__ */ createStandardQuestion('ces', 'CesQuestion');
