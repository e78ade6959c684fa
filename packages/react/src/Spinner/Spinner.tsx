import { forwardRef, type HTMLAttributes } from 'react';
import { oneOf, requireText } from '../internal';
import { VisuallyHiddenText } from '../internal/VisuallyHiddenText';
import { SpinnerGraphic, SpinnerRoot } from './Spinner.styles';

export const spinnerSizes = ['s', 'm', 'l'] as const;
export type SpinnerSize = (typeof spinnerSizes)[number];

export interface SpinnerOwnProps {
  /** `s` 16 px (inline in text or controls), `m` 24 px, `l` 48 px (a region or page loading). */
  size?: SpinnerSize;
  /** Show the label next to the spinner instead of only to assistive technology. */
  showLabel?: boolean;
}

/**
 * A standalone spinner is a status message: `role="status"` named by the required `label` ("Loading messages…").
 * Inside something that already says what is happening (a loading button), pass `decorative` instead: the
 * spinner is then hidden from assistive technology and needs no label.
 */
export type SpinnerA11yProps =
  | {
      /** What is loading, announced politely: "Loading messages…". Required unless `decorative`. */
      label: string;
      /** Hide from assistive technology because the surrounding component announces the state. */
      decorative?: false;
    }
  | { decorative: true; label?: undefined };

export type SpinnerProps = SpinnerOwnProps &
  SpinnerA11yProps &
  Omit<HTMLAttributes<HTMLSpanElement>, keyof SpinnerOwnProps | 'children'>;

/** An indeterminate loading indicator. Use ProgressBar when the amount of work done is known. */
export const Spinner = forwardRef<HTMLSpanElement, SpinnerProps>(function Spinner(props, ref) {
  const { size, showLabel = false, label, decorative = false, ...rest } = props;
  const resolvedSize = oneOf('Spinner', 'size', size, spinnerSizes, 'm');
  if (!decorative) requireText('Spinner', 'label', label);

  const graphic = (
    <SpinnerGraphic viewBox="0 0 24 24" strokeWidth={3} aria-hidden="true" focusable="false" data-size={resolvedSize}>
      <circle cx="12" cy="12" r="9.5" />
      <circle cx="12" cy="12" r="9.5" strokeLinecap="round" strokeDasharray="15 60" />
    </SpinnerGraphic>
  );

  if (decorative) {
    return (
      <SpinnerRoot {...rest} ref={ref} aria-hidden="true" data-size={resolvedSize}>
        {graphic}
      </SpinnerRoot>
    );
  }
  return (
    <SpinnerRoot role="status" {...rest} ref={ref} data-size={resolvedSize}>
      {graphic}
      {showLabel ? <span>{label}</span> : <VisuallyHiddenText>{label}</VisuallyHiddenText>}
    </SpinnerRoot>
  );
});
