import { forwardRef, type ReactNode } from 'react';
import { useMessages } from '@polku/react';
import { feedbackMessages } from '../feedback/messages';
import { standardScales } from '../feedback/scales';
import type { ScaleDefinition } from '../feedback/types';
import { ScaleQuestion, type ScaleQuestionProps } from '../ScaleQuestion';
import { Face } from './EmotionScale.styles';

export type EmotionScaleProps = Omit<
  ScaleQuestionProps,
  'min' | 'max' | 'reversed' | 'kind' | 'question' | 'optionLabels' | 'renderOptionIcon' | 'lowLabel' | 'highLabel'
> & {
  /** The question; default "How did it feel?" in the active language. */
  question?: ReactNode;
  /** Text for each of the five faces (1 = very bad … 5 = very good); default the built-in words. */
  labels?: Partial<Record<1 | 2 | 3 | 4 | 5, string>>;
  /** A non-standard scale; warns in development. */
  scale?: ScaleDefinition;
};

const mouths: Record<number, string> = {
  1: 'M8 17.5c2-2.7 6-2.7 8 0',
  2: 'M8.5 16.5c1.8-1.4 5.2-1.4 7 0',
  3: 'M8.5 15.5h7',
  4: 'M8.5 14.5c1.8 1.4 5.2 1.4 7 0',
  5: 'M8 14c2 3 6 3 8 0',
};

/** One of the five faces; decorative (the text label names the option). */
export function EmotionFace({ value }: { value: number }) {
  return (
    <Face viewBox="0 0 24 24" data-emotion={value} aria-hidden="true" focusable="false">
      <circle data-face-fill="" cx="12" cy="12" r="10" stroke="currentColor" strokeWidth="1.5" />
      <circle cx="9" cy="10" r="1.2" fill="currentColor" />
      <circle cx="15" cy="10" r="1.2" fill="currentColor" />
      <path d={mouths[value] ?? mouths[3]} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    </Face>
  );
}

/** Five faces from very bad to very good, each with a visible text label, on the one accessible scale. */
export const EmotionScale = forwardRef<HTMLFieldSetElement, EmotionScaleProps>(function EmotionScale(
  { question, labels, scale = standardScales.emotion, ...rest },
  ref,
) {
  const t = useMessages(feedbackMessages);
  const optionLabels: Record<number, string> = {};
  for (const v of [1, 2, 3, 4, 5] as const) {
    optionLabels[v] = labels?.[v] ?? t(`feedback.emotion.${v}`);
  }
  return (
    <ScaleQuestion
      {...rest}
      ref={ref}
      kind="emotion"
      min={scale.min}
      max={scale.max}
      reversed={scale.reversed}
      question={question ?? t('feedback.emotion.question')}
      optionLabels={optionLabels}
      renderOptionIcon={(v) => <EmotionFace value={v} />}
    />
  );
});
