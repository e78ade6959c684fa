import { createStandardQuestion, type StandardQuestionProps } from '../ScaleQuestion/standardQuestion';

export type NpsQuestionProps = StandardQuestionProps;

/** NPS, 0–10, "How likely are you to recommend…": a ScaleQuestion with the standard scale, question and end labels in fi, sv and en. */
export const NpsQuestion = /* @__PURE__ */ createStandardQuestion('nps', 'NpsQuestion');
