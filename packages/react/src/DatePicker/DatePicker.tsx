import { useEffect, useId, useRef, useState } from 'react';
import type { CalendarDate } from '@internationalized/date';
import { DialogContent } from '../Dialog/Dialog';
import { dialogMessages } from '../Dialog/Dialog.messages';
import { IconButton } from '../IconButton';
import { withRef } from '../internal/with-ref';
import { useMessages } from '../PolkuProvider/context';
import { DateEntry, type DateChangeDetails, type DateInputProps } from '../DateInput/DateEntry';
import { dateFormatter, formatDate, utcDate } from '../DateInput/dateFormat';
import { isoProp } from '../DateInput/dateLimits';
import { Calendar } from './Calendar';
import { datePickerMessages } from './DatePicker.messages';
import { useCalendarWarmUp } from './useCalendarWarmUp';
import { CalendarDialog, WarmUpArea } from './DatePicker.styles';

/** DatePicker takes every DateInput prop; the calendar follows `min`, `max` and `isDateUnavailable`. */
export type DatePickerProps = DateInputProps;

/**
 * A DateInput with a calendar button that opens a modal calendar dialog (WAI-ARIA APG "Date Picker Dialog"): focus
 * goes to the chosen day (or today), arrows, Home / End and Page Up / Page Down move it, Enter or Space chooses the
 * day and closes, Escape closes; focus returns to the button either way. Typing stays possible and works the same.
 */
export const DatePicker = withRef<HTMLInputElement, DatePickerProps>(function DatePicker(props, ref) {
  const { value, defaultValue, onChange, disabled, readOnly, isDateUnavailable, ...rest } = props;
  const t = useMessages(datePickerMessages);
  const controlled = value !== undefined;
  const [inner, setInner] = useState(() => isoProp('DatePicker', 'defaultValue', defaultValue)?.toString() ?? null);
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const wasOpen = useRef(false);
  const warming = useCalendarWarmUp();
  const warmUpId = useId();
  const dialogText = useMessages(dialogMessages);

  useEffect(() => {
    // runs after the Dialog's own effect (a child's effects run first): focus goes from there to the focused day
    if (open) dialogRef.current?.querySelector<HTMLElement>('td[tabindex="0"]')?.focus();
    else if (wasOpen.current) buttonRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  const change = (next: string | null, details: DateChangeDetails) => {
    if (!controlled) setInner(next);
    onChange?.(next, details);
  };

  return (
    <DateEntry
      {...rest}
      component="DatePicker"
      inputRef={ref}
      value={controlled ? value : inner}
      onChange={change}
      disabled={disabled}
      readOnly={readOnly}
      isDateUnavailable={isDateUnavailable}
      after={({ pattern, date, min, max }) => {
        const choose = (day: CalendarDate) => {
          change(day.toString(), { text: formatDate(day, pattern), error: null });
          setOpen(false);
        };
        const long = dateFormatter(pattern.locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
        return (
          <>
            <IconButton
              ref={buttonRef}
              icon="calendar"
              variant="secondary"
              label={date ? t('datePicker.change', { date: long.format(utcDate(date)) }) : t('datePicker.choose')}
              aria-haspopup="dialog"
              disabled={disabled || readOnly}
              onClick={() => setOpen(true)}
            />
            <CalendarDialog
              ref={dialogRef}
              open={open}
              onClose={() => setOpen(false)}
              title={t('datePicker.title')}
              description={t('datePicker.keys')}
            >
              <Calendar locale={pattern.locale} selected={date} limits={{ min, max, isDateUnavailable }} onSelect={choose} />
            </CalendarDialog>
            {warming && !open && (
              <WarmUpArea aria-hidden="true" inert>
                <DialogContent
                  title={t('datePicker.title')}
                  titleId={`${warmUpId}-title`}
                  description={t('datePicker.keys')}
                  descriptionId={`${warmUpId}-description`}
                  closeLabel={dialogText('dialog.close')}
                  onClose={() => {}}
                >
                  <Calendar locale={pattern.locale} selected={date} limits={{ min, max, isDateUnavailable }} onSelect={() => {}} />
                </DialogContent>
              </WarmUpArea>
            )}
          </>
        );
      }}
    />
  );
});
