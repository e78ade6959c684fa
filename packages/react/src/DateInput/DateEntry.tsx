import { useState, type FocusEvent, type InputHTMLAttributes, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { CalendarDate } from '@internationalized/date';
import { Field } from '../Field/Field';
import { hasContent } from '../Field/hooks';
import { useLabelledField, type LabelledControlProps } from '../Field/textEntry';
import { useStaticClass } from '../internal/static-styled';
import { useLocale, useMessages } from '../PolkuProvider/context';
import {
  dateProblem,
  datePattern,
  defaultDateLocales,
  formatDate,
  parseDateText,
  patternText,
  type DatePattern,
  type UnavailableCheck,
} from './dateFormat';
import { isoProp, useDateLimits } from './dateLimits';
import { dateInputMessages } from './DateInput.messages';
import { DateInputControl, DateInputRow } from './DateInput.styles';

/** What `onChange` reports beside the value: the text as typed and the error it would show (`null` when none). */
export interface DateChangeDetails {
  text: string;
  error: string | null;
}

export interface DateInputOwnProps extends LabelledControlProps {
  /** Controlled value, an ISO `YYYY-MM-DD` date; `null` (or `''`) is empty. */
  value?: string | null;
  /** Initial ISO date when uncontrolled. */
  defaultValue?: string | null;
  /**
   * Called as the text changes: with the ISO date when the text is a date that can be chosen, else `null`, and the
   * typed text and the error that explains a `null` for text that is not empty.
   */
  onChange?: (value: string | null, details: DateChangeDetails) => void;
  /** Earliest date that can be chosen, ISO `YYYY-MM-DD`. */
  min?: string;
  /** Latest date that can be chosen, ISO `YYYY-MM-DD`. */
  max?: string;
  /**
   * Called with an ISO date; return the reason it cannot be chosen ("Branch closed on public holidays"), which is
   * shown as the error and read out in the calendar, or `false` when the date is fine.
   */
  isDateUnavailable?: UnavailableCheck;
  /**
   * BCP 47 locale of the date format (`en-US` for `M/d/yyyy`); by default fi and sv write `d.M.yyyy` and en
   * `dd/MM/yyyy`. The messages still follow the Polku locale.
   */
  dateLocale?: string;
}

export type DateInputProps = DateInputOwnProps &
  Omit<InputHTMLAttributes<HTMLInputElement>, keyof DateInputOwnProps | 'children' | 'type' | 'prefix'>;

interface DateEntryProps extends DateInputProps {
  component: string;
  inputRef: Ref<HTMLInputElement>;
  /** Rendered beside the input (DatePicker's calendar button). */
  after?: (state: DateEntryState) => ReactNode;
}

/** What DatePicker needs from the field to build its calendar. */
export interface DateEntryState {
  pattern: DatePattern;
  date: CalendarDate | null;
  min: CalendarDate | null;
  max: CalendarDate | null;
  inputId: string;
}

/** A reading of the text: the date when it can be chosen (else `null`) and the message that explains why not. */
interface Reading {
  iso: string | null;
  date: CalendarDate | null;
  error: string | null;
}

/** DateInput's whole behaviour; DatePicker renders the same field with its calendar button after the input. */
export function DateEntry(props: DateEntryProps) {
  const {
    component,
    inputRef,
    after,
    value,
    defaultValue,
    onChange,
    min,
    max,
    isDateUnavailable,
    dateLocale,
    name,
    hint,
    error,
    width = 'm',
    onBlur,
    onKeyDown,
    ...others
  } = props;
  delete (others as { ref?: unknown }).ref;
  const locale = useLocale();
  const t = useMessages(dateInputMessages);
  const pattern = datePattern(dateLocale ?? defaultDateLocales[locale]);
  const limits = { ...useDateLimits(component, min, max), isDateUnavailable };
  const written = patternText(pattern, {
    day: t('dateInput.letterDay'),
    month: t('dateInput.letterMonth'),
    year: t('dateInput.letterYear'),
  });
  const show = (date: CalendarDate | null) => (date ? formatDate(date, pattern) : '');

  const read = (text: string): Reading => {
    const parsed = parseDateText(text, pattern);
    if (parsed.kind === 'empty') return { iso: null, date: null, error: null };
    if (parsed.kind === 'invalid') {
      const example = show(sampleDate);
      if (parsed.reason === 'format') return invalid(t('dateInput.invalid', { pattern: written, example }));
      if (parsed.reason === 'shortYear') return invalid(t('dateInput.shortYear', { example }));
      return invalid(t('dateInput.noSuchDate', { text: text.trim() }));
    }
    const problem = dateProblem(parsed.date, limits);
    if (!problem) return { iso: parsed.date.toString(), date: parsed.date, error: null };
    const bounds = { min: show(limits.min), max: show(limits.max) };
    if (problem.kind !== 'unavailable') return invalid(t(`dateInput.${problem.kind}`, bounds));
    const date = show(parsed.date);
    return invalid(problem.reason ? t('dateInput.unavailable', { date, reason: problem.reason }) : t('dateInput.unavailableNoReason', { date }));
  };

  const controlled = value !== undefined;
  const [inner, setInner] = useState(() => isoProp(component, 'defaultValue', defaultValue)?.toString() ?? null);
  const propDate = controlled ? isoProp(component, 'value', value) : null;
  const iso = controlled ? (propDate?.toString() ?? null) : inner;
  const [text, setText] = useState(() => show(propDate ?? isoProp(component, 'defaultValue', defaultValue)));
  const [shownIso, setShownIso] = useState(iso);
  const [checked, setChecked] = useState(false);
  // a new value from outside (or the calendar) rewrites the text; the customer's own typing is left as typed
  if (iso !== shownIso) {
    setShownIso(iso);
    if (read(text).iso !== iso) setText(show(iso === null ? null : isoProp(component, 'value', iso)));
  }

  const reading = read(text);
  const shownError = hasContent(error) ? error : checked ? (reading.error ?? undefined) : undefined;
  const formatHint = t('dateInput.format', { pattern: written });
  const { ids, fieldProps, controlProps } = useLabelledField(component, {
    ...others,
    width,
    hint: hasContent(hint) ? (
      <>
        {hint} {formatHint}
      </>
    ) : (
      formatHint
    ),
    error: shownError,
  });
  const inputClass = useStaticClass(DateInputControl);

  const handleText = (nextText: string) => {
    setText(nextText);
    setChecked(false);
    const next = read(nextText);
    setShownIso(next.iso);
    if (!controlled) setInner(next.iso);
    onChange?.(next.iso, { text: nextText, error: next.error });
  };
  const handleBlur = (event: FocusEvent<HTMLInputElement>) => {
    onBlur?.(event);
    setChecked(true);
    // a date that reads well is shown in the locale's format; other text stays for the customer to fix
    if (reading.date) setText(show(reading.date));
  };
  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    onKeyDown?.(event);
    if (!event.defaultPrevented && event.key === 'Enter') setChecked(true);
  };

  const { 'data-width': dataWidth, ...inputProps } = controlProps;
  const input = (
    <input
      {...inputProps}
      data-width={after ? undefined : dataWidth}
      className={inputClass}
      ref={inputRef}
      type="text"
      autoComplete={controlProps.autoComplete ?? 'off'}
      value={text}
      onChange={(event) => handleText(event.target.value)}
      onBlur={handleBlur}
      onKeyDown={handleKeyDown}
    />
  );
  const hidden = name !== undefined && <input type="hidden" name={name} value={iso ?? ''} />;
  const state: DateEntryState = { pattern, date: reading.date, min: limits.min, max: limits.max, inputId: ids.id };
  return (
    <Field {...fieldProps}>
      {after ? (
        <DateInputRow data-width={dataWidth}>
          {input}
          {after(state)}
        </DateInputRow>
      ) : (
        input
      )}
      {hidden}
    </Field>
  );
}

/** The example date in messages: a day above 12, so the order of day and month is plain in every locale. */
const sampleDate = /* @__PURE__ */ new CalendarDate(2027, 3, 24);

function invalid(error: string): Reading {
  return { iso: null, date: null, error };
}
