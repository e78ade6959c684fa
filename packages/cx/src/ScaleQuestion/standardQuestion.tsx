import { forwardRef, type ReactNode } from 'react';
import { useMessages } from '@polku/react';
import { feedbackMessages } from '../feedback/messages';
import { standardScales } from '../feedback/scales';
import type { ScaleDefinition } from '../feedback/types';
import { ScaleQuestion, type ScaleQuestionProps } from './ScaleQuestion';

export type StandardQuestionProps = Omit<ScaleQuestionProps, 'min' | 'max' | 'reversed' | 'kind' | 'question'> & {
  /** The question; default the built-in, translated question (override per message id through PolkuProvider). */
  question?: ReactNode;
  /** A non-standard scale (reversed or another range); warns in development, as results will not be comparable. */
  scale?: ScaleDefinition;
};

/** Builds NpsQuestion, CsatQuestion and CesQuestion: ScaleQuestion with the kind's standard scale and strings. */
export function createStandardQuestion(kind: 'nps' | 'csat' | 'ces', displayName: string) {
  const Question = forwardRef<HTMLFieldSetElement, StandardQuestionProps>(function StandardQuestion(
    { question, scale = standardScales[kind], lowLabel, highLabel, ...rest },
    ref,
  ) {
    const t = useMessages(feedbackMessages);
    return (
      <ScaleQuestion
        {...rest}
        ref={ref}
        kind={kind}
        min={scale.min}
        max={scale.max}
        reversed={scale.reversed}
        question={question ?? t(`feedback.${kind}.question`)}
        lowLabel={lowLabel ?? t(`feedback.${kind}.low`)}
        highLabel={highLabel ?? t(`feedback.${kind}.high`)}
      />
    );
  });
  Question.displayName = displayName;
  return Question;
}
