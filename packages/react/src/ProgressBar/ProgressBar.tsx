import { forwardRef, useId, type HTMLAttributes } from 'react';
import { devWarn, isInRange, oneOf, requireText, warnProp } from '../internal';
import { useLocale, useMessages } from '../PolkuProvider/context';
import { progressBarMessages } from './ProgressBar.messages';
import {
  ProgressFill,
  ProgressHeader,
  ProgressLabel,
  ProgressRoot,
  ProgressTrack,
  ProgressValue,
} from './ProgressBar.styles';

export const progressBarFormats = ['percent', 'steps'] as const;
export type ProgressBarFormat = (typeof progressBarFormats)[number];
export const progressBarSizes = ['s', 'm', 'l'] as const;
export type ProgressBarSize = (typeof progressBarSizes)[number];

export interface ProgressBarOwnProps {
  /** Required visible label that names the progress bar ("Uploading receipt.pdf"). */
  label: string;
  /** Current value between `min` and `max`. Leave undefined for indeterminate progress (unknown amount). */
  value?: number;
  /** Lowest value. Default 0. */
  min?: number;
  /** Highest value. Default 100. */
  max?: number;
  /** How the value is shown and announced: `percent` ("45 %", default) or `steps` ("2 of 5"). */
  format?: ProgressBarFormat;
  /** Your own value text ("2 MB of 5 MB"); shown and used as `aria-valuetext`. */
  valueText?: string;
  /** Show the label and value text above the bar. Default `true`; when `false` they stay available to screen readers. */
  showLabel?: boolean;
  /** Thickness of the bar: 8, 12 (default) or 16 px. */
  size?: ProgressBarSize;
}

export type ProgressBarProps = ProgressBarOwnProps & Omit<HTMLAttributes<HTMLDivElement>, keyof ProgressBarOwnProps | 'children'>;

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * Shows how much of a task is done. `role="progressbar"` with `aria-valuenow`, `-min`, `-max` and a
 * `aria-valuetext` in the active locale, named by its visible label.
 */
export const ProgressBar = forwardRef<HTMLDivElement, ProgressBarProps>(function ProgressBar(props, ref) {
  const { label, value, min = 0, max = 100, format, valueText, showLabel = true, size, ...rest } = props;
  const locale = useLocale();
  const t = useMessages(progressBarMessages);
  const id = useId();
  const labelId = `${id}-label`;
  requireText('ProgressBar', 'label', label);
  const resolvedFormat = oneOf('ProgressBar', 'format', format, progressBarFormats, 'percent');
  const resolvedSize = oneOf('ProgressBar', 'size', size, progressBarSizes, 'm');

  let range = max - min;
  if (!(range > 0)) {
    devWarn(`ProgressBar: "max" (${max}) must be greater than "min" (${min}).`);
    range = 1;
  }
  const indeterminate = value === undefined || Number.isNaN(value);
  if (value !== undefined && !isInRange(value, { min, max: min + range })) {
    warnProp(
      'ProgressBar',
      'value',
      value,
      `must be a number from ${min} to ${min + range}`,
      indeterminate ? 'shown as indeterminate' : 'shown at the nearest end',
    );
  }
  const current = indeterminate ? undefined : clamp(value, min, min + range);
  const fraction = current === undefined ? 0 : (current - min) / range;

  let text: string;
  if (valueText !== undefined) text = valueText;
  else if (current === undefined) text = t('progressBar.indeterminate');
  else if (resolvedFormat === 'steps') text = t('progressBar.steps', { value: current, max: min + range });
  else {
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
    text = t('progressBar.percent', { percent });
  }

  return (
    <ProgressRoot {...rest} ref={ref} data-size={resolvedSize}>
      <ProgressHeader hidden={!showLabel}>
        <ProgressLabel id={labelId}>{label}</ProgressLabel>
        <ProgressValue aria-hidden="true">{text}</ProgressValue>
      </ProgressHeader>
      <ProgressTrack
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={indeterminate ? undefined : min}
        aria-valuemax={indeterminate ? undefined : min + range}
        aria-valuenow={current}
        aria-valuetext={text}
        data-size={resolvedSize}
      >
        <ProgressFill
          data-indeterminate={indeterminate ? '' : undefined}
          style={indeterminate ? undefined : { width: `${fraction * 100}%` }}
        />
      </ProgressTrack>
    </ProgressRoot>
  );
});
