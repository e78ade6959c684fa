import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { isSameDay, isSameMonth, type CalendarDate } from '@internationalized/date';
import { IconButton, type IconButtonProps } from '../IconButton';
import { VisuallyHiddenText } from '../internal/VisuallyHiddenText';
import { useMessages } from '../PolkuProvider/context';
import { dateFormatter, dateProblem, utcDate, type DateLimits, type DateProblem } from '../DateInput/dateFormat';
import { clampDate, keyTarget, localToday, monthWeeks } from './calendarKeys';
import { datePickerMessages } from './DatePicker.messages';
import { CalendarGrid, CalendarHeader, MonthHeading } from './DatePicker.styles';

export interface CalendarProps {
  /** BCP 47 locale of names and the first weekday. */
  locale: string;
  /** The chosen date, marked `aria-selected`. */
  selected: CalendarDate | null;
  limits: DateLimits & { min: CalendarDate | null; max: CalendarDate | null };
  /** Called with a day that can be chosen (Enter, Space, click). */
  onSelect: (date: CalendarDate) => void;
}

const doubleChevron = (d: string) => (
  <svg viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round">
    <path d={d} />
  </svg>
);
const yearBack = doubleChevron('m12 5-7 7 7 7M19 5l-7 7 7 7');
const yearForward = doubleChevron('m5 5 7 7-7 7M12 5l7 7-7 7');

/** The month grid of the APG date picker dialog: one Tab stop (the focused day), moved with the calendar keys. */
export function Calendar({ locale, selected, limits, onSelect }: CalendarProps) {
  const t = useMessages(datePickerMessages);
  const headingId = useId();
  const gridRef = useRef<HTMLTableElement>(null);
  const today = localToday();
  const [focused, setFocused] = useState(() => selected ?? clampDate(today, limits.min, limits.max));
  const move = (date: CalendarDate) => setFocused(clampDate(date, limits.min, limits.max));

  const keyMoved = useRef(false);
  useEffect(() => {
    // keyboard moves keep focus on the grid's one focusable day, also when the month changes under it
    if (!keyMoved.current) return;
    keyMoved.current = false;
    gridRef.current?.querySelector<HTMLElement>('td[tabindex="0"]')?.focus();
  }, [focused]);

  const long = dateFormatter(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const weeks = monthWeeks(focused, locale);
  const firstWeek = weeks.find((week) => week.every(Boolean)) ?? weeks[0]!;
  const describe = (problem: DateProblem | null) => {
    if (!problem) return '';
    if (problem.kind !== 'unavailable') return t('datePicker.outOfRange');
    return problem.reason ? t('datePicker.unavailable', { reason: problem.reason }) : t('datePicker.unavailableNoReason');
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const target = keyTarget(event.key, event.shiftKey, focused, locale);
    if (target) {
      event.preventDefault();
      keyMoved.current = true;
      move(target);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (!dateProblem(focused, limits)) onSelect(focused);
    }
  };
  const monthButton = (label: string, icon: IconButtonProps['icon'], change: Parameters<CalendarDate['add']>[0]) => {
    const target = clampDate(focused.add(change), limits.min, limits.max);
    const stuck = isSameMonth(target, focused);
    return (
      <IconButton
        label={label}
        icon={icon}
        size="m"
        aria-disabled={stuck || undefined}
        onClick={() => !stuck && setFocused(target)}
      />
    );
  };

  return (
    <>
      <CalendarHeader>
        {monthButton(t('datePicker.previousYear'), yearBack, { years: -1 })}
        {monthButton(t('datePicker.previousMonth'), 'chevron-left', { months: -1 })}
        <MonthHeading id={headingId} aria-live="polite">
          {dateFormatter(locale, { month: 'long', year: 'numeric' }).format(utcDate(focused))}
        </MonthHeading>
        {monthButton(t('datePicker.nextMonth'), 'chevron-right', { months: 1 })}
        {monthButton(t('datePicker.nextYear'), yearForward, { years: 1 })}
      </CalendarHeader>
      <CalendarGrid ref={gridRef} role="grid" aria-labelledby={headingId} onKeyDown={handleKeyDown}>
        <thead>
          <tr>
            {(firstWeek as CalendarDate[]).map((day) => (
              <th key={day.toString()} scope="col">
                <span aria-hidden="true">{dateFormatter(locale, { weekday: 'short' }).format(utcDate(day))}</span>
                <VisuallyHiddenText>{dateFormatter(locale, { weekday: 'long' }).format(utcDate(day))}</VisuallyHiddenText>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.find(Boolean)!.toString()}>
              {week.map((day, index) => {
                if (!day) return <td key={index} />;
                const problem = dateProblem(day, limits);
                const isToday = isSameDay(day, today);
                const note = [isToday && t('datePicker.today'), describe(problem)].filter(Boolean).join(', ');
                return (
                  // the keys are handled on the grid (one handler for every day); a click chooses the day
                  <td
                    key={day.toString()}
                    role="gridcell"
                    data-date={day.toString()}
                    tabIndex={isSameDay(day, focused) ? 0 : -1}
                    aria-selected={selected && isSameDay(day, selected) ? true : undefined}
                    aria-disabled={problem ? true : undefined}
                    aria-current={isToday ? 'date' : undefined}
                    // the full date (and why it cannot be chosen) names the day: one text node per cell, no hidden copy
                    aria-label={long.format(utcDate(day)) + (note ? `, ${note}` : '')}
                    onClick={() => (problem ? setFocused(day) : onSelect(day))}
                  >
                    {day.day}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </CalendarGrid>
    </>
  );
}
