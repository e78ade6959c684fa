import { useMemo, useState, type FocusEvent, type InputHTMLAttributes, type KeyboardEvent } from 'react';
import { Field } from '../Field/Field';
import { hasContent, useControllableState } from '../Field/hooks';
import { useLabelledField, type LabelledControlProps } from '../Field/textEntry';
import { IconButton } from '../IconButton';
import { devWarn, oneOf } from '../internal/dev';
import { useStaticClass } from '../internal/static-styled';
import { withRef } from '../internal/with-ref';
import { useLocale, useMessages } from '../PolkuProvider/context';
import { numberFieldMessages } from './NumberField.messages';
import { NumberFieldInput, NumberFieldRow } from './NumberField.styles';
import { numberFormats, numberFormatter, parseNumber, stepNumber, type NumberFormat } from './numberFormat';

export interface NumberFieldOwnProps extends LabelledControlProps {
  /** Controlled value; `null` is empty. A percent is a fraction: `0.15` shows as "15 %". */
  value?: number | null;
  /** Initial value when uncontrolled. */
  defaultValue?: number | null;
  /** Called with the number whenever the typed text reads as one, and with `null` for empty or unreadable text. */
  onChange?: (value: number | null) => void;
  /** `decimal` (default), `currency` (give `currency`) or `percent`, formatted with Intl.NumberFormat. */
  format?: NumberFormat;
  /** ISO 4217 currency code for `format="currency"`, e.g. `EUR`. */
  currency?: string;
  /** Fewest decimals shown (Intl default for the format when left out). */
  minimumFractionDigits?: number;
  /** Most decimals shown and kept (Intl default for the format when left out). */
  maximumFractionDigits?: number;
  /** Smallest allowed value; a smaller typed value gets an error (it is never changed silently). */
  min?: number;
  /** Largest allowed value. */
  max?: number;
  /** Arrow Up/Down and the buttons change the value by this much, Page Up/Down by ten times. Default 1. */
  step?: number;
  /** Shows − and + buttons beside the input, for pointer and touch users. */
  steppers?: boolean;
}

export type NumberFieldProps = NumberFieldOwnProps &
  Omit<InputHTMLAttributes<HTMLInputElement>, keyof NumberFieldOwnProps | 'children' | 'type' | 'prefix'>;

/**
 * A labelled number input in the locale's own format (fi `1 234,5`), for plain numbers, money and percentages.
 * A text input with `role="spinbutton"`: the scroll wheel never changes it, and what people type is read back with
 * the locale's separators. Give `name` to submit the plain number in a native form (a hidden input carries it).
 */
export const NumberField = withRef<HTMLInputElement, NumberFieldProps>(function NumberField(props, ref) {
  const {
    value,
    defaultValue = null,
    onChange,
    format,
    currency,
    minimumFractionDigits,
    maximumFractionDigits,
    min,
    max,
    step = 1,
    steppers = false,
    name,
    error,
    onBlur,
    onKeyDown,
    disabled,
    readOnly,
    ...others
  } = props;
  const locale = useLocale();
  const t = useMessages(numberFieldMessages);
  const style = oneOf('NumberField', 'format', format, numberFormats, 'decimal');
  if (style === 'currency' && !currency) devWarn('NumberField: format "currency" needs the `currency` prop (e.g. "EUR"); showing euros.');
  if (min !== undefined && max !== undefined && min > max) devWarn(`NumberField: \`min\` (${min}) is above \`max\` (${max}).`);
  const formatter = useMemo(
    () => numberFormatter(locale, { format: style, currency, minimumFractionDigits, maximumFractionDigits }),
    [locale, style, currency, minimumFractionDigits, maximumFractionDigits],
  );
  const show = (number: number | null) => (number === null ? '' : formatter.format(number));

  const [number, setNumber] = useControllableState<number | null>(value, defaultValue, onChange);
  const [text, setText] = useState(() => show(number));
  const [shownNumber, setShownNumber] = useState(number);
  const [checked, setChecked] = useState(false);
  // a new value from outside (or a new locale) rewrites the text; the customer's own typing is left as typed
  if (number !== shownNumber) {
    setShownNumber(number);
    if (parseNumber(text, formatter).value !== number) setText(show(number));
  }

  const parsed = parseNumber(text, formatter);
  /** The built-in message, once the field was left or Enter pressed: unreadable text, or a value out of range. */
  function builtInError() {
    if (!checked) return undefined;
    if (parsed.invalid) return t('numberField.invalid', { example: formatter.format(1234.5) });
    const current = parsed.value;
    if (current === null) return undefined;
    const low = min !== undefined && current < min;
    const high = max !== undefined && current > max;
    if (!low && !high) return undefined;
    if (min !== undefined && max !== undefined) return t('numberField.range', { min: show(min), max: show(max) });
    return low ? t('numberField.min', { min: show(min!) }) : t('numberField.max', { max: show(max!) });
  }

  const shownError = hasContent(error) ? error : builtInError();
  const { fieldProps, controlProps } = useLabelledField('NumberField', { ...others, error: shownError });
  const inputClass = useStaticClass(NumberFieldInput);

  const commit = (next: number | null) => {
    setText(show(next));
    setShownNumber(next);
    if (next !== number) setNumber(next);
  };
  const handleText = (nextText: string) => {
    setText(nextText);
    setChecked(false);
    const next = parseNumber(nextText, formatter).value;
    setShownNumber(next);
    if (next !== number) setNumber(next);
  };
  const stepBy = (delta: number) => {
    if (disabled || readOnly) return;
    commit(stepNumber(parsed.invalid ? number : parsed.value, delta, min, max));
  };
  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    onKeyDown?.(event);
    if (event.defaultPrevented) return;
    const moves: Record<string, () => void> = {
      ArrowUp: () => stepBy(step),
      ArrowDown: () => stepBy(-step),
      PageUp: () => stepBy(step * 10),
      PageDown: () => stepBy(-step * 10),
      ...(min !== undefined ? { Home: () => commit(min) } : {}),
      ...(max !== undefined ? { End: () => commit(max) } : {}),
      Enter: () => setChecked(true),
    };
    const move = moves[event.key];
    if (!move || (readOnly && event.key !== 'Enter')) return;
    if (event.key !== 'Enter') event.preventDefault();
    move();
  };
  const handleBlur = (event: FocusEvent<HTMLInputElement>) => {
    onBlur?.(event);
    setChecked(true);
    // a number that reads well is shown in the locale's format; unreadable text stays for the customer to fix
    if (!parsed.invalid) setText(show(parsed.value));
  };

  const input = (
    <input
      {...controlProps}
      className={inputClass}
      ref={ref}
      type="text"
      role="spinbutton"
      inputMode={maximumFractionDigits === 0 ? 'numeric' : 'decimal'}
      autoComplete={controlProps.autoComplete ?? 'off'}
      disabled={disabled}
      readOnly={readOnly}
      value={text}
      aria-valuenow={parsed.value ?? undefined}
      aria-valuetext={parsed.value !== null ? show(parsed.value) : undefined}
      aria-valuemin={min}
      aria-valuemax={max}
      onChange={(event) => handleText(event.target.value)}
      onKeyDown={handleKeyDown}
      onBlur={handleBlur}
    />
  );
  const hidden = name !== undefined && <input type="hidden" name={name} value={number === null ? '' : String(number)} />;
  if (!steppers) {
    return (
      <Field {...fieldProps}>
        {input}
        {hidden}
      </Field>
    );
  }
  const atMin = min !== undefined && number !== null && number <= min;
  const atMax = max !== undefined && number !== null && number >= max;
  const stepper = (direction: 1 | -1) => (
    <IconButton
      icon={direction > 0 ? 'plus' : 'minus'}
      size="m"
      variant="secondary"
      label={t(direction > 0 ? 'numberField.increase' : 'numberField.decrease')}
      aria-controls={controlProps.id}
      // the arrow keys do what the buttons do, so the buttons are not Tab stops (pointer and touch use)
      tabIndex={-1}
      disabled={disabled || readOnly || (direction > 0 ? atMax : atMin)}
      onClick={() => stepBy(direction * step)}
    />
  );
  return (
    <Field {...fieldProps}>
      <NumberFieldRow data-width={controlProps['data-width']}>
        {stepper(-1)}
        {input}
        {stepper(1)}
      </NumberFieldRow>
      {hidden}
    </Field>
  );
});
