/**
 * Development checks for a promise's timing props (PromiseBadge): each invalid value warns, naming the component,
 * the prop and the value. A timing that cannot give an honest state returns null: the badge then shows the promise
 * without a state, deadline or countdown, rather than a wrong "on track" or a compensation that is not owed.
 * Nothing here throws, so a bad value never crashes a page in production.
 */
import { inRange, validDate, warnProp } from '@polku/react/internal';
import type { BusinessHours } from './business-hours';
import { resolveDeadline, type PromiseTiming } from './promise-state';

const outcomes = ['kept', 'broken', 'waived'] as const;
const NO_STATE = 'the promise is shown without a state';

/** True when `timeZone` is undefined or an IANA zone this runtime knows (an unknown zone makes Intl throw). */
export function isKnownTimeZone(timeZone: string | undefined): boolean {
  if (timeZone === undefined) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** `timeZone` when the runtime knows it; otherwise a warning and undefined (the runtime's zone). */
export function validTimeZone(component: string, prop: string, timeZone: string | undefined): string | undefined {
  if (isKnownTimeZone(timeZone)) return timeZone;
  warnProp(component, prop, timeZone, 'is not an IANA time zone this browser knows', "using the runtime's time zone");
  return undefined;
}

const hhmm = /^([01]?\d|2[0-4]):([0-5]\d)$/;

function validHours(component: string, hours: BusinessHours): boolean {
  if (!isKnownTimeZone(hours.timeZone)) {
    warnProp(component, 'businessHours.timeZone', hours.timeZone, 'is not an IANA time zone this browser knows', NO_STATE);
    return false;
  }
  for (const [day, periods] of Object.entries(hours.week ?? {})) {
    for (const period of periods ?? []) {
      const bad = !hhmm.test(period.open) ? period.open : !hhmm.test(period.close) ? period.close : null;
      if (bad !== null) {
        warnProp(component, `businessHours.week[${day}]`, bad, 'must be a HH:MM time', NO_STATE);
        return false;
      }
    }
  }
  return true;
}

/**
 * The timing to run the promise clock on, with optional props that are invalid dropped (they fall back to their
 * defaults), or null when no honest state can be computed: no deadline, an invalid time, a non-positive duration,
 * a deadline at or before the start, fulfilment before the start, or unreadable business hours.
 */
export function checkPromiseTiming(component: string, timing: PromiseTiming): PromiseTiming | null {
  const start = validDate(component, 'start', timing.start, NO_STATE);
  const deadline = validDate(component, 'deadline', timing.deadline, NO_STATE);
  const fulfilledAt = validDate(component, 'fulfilledAt', timing.fulfilledAt, NO_STATE);
  const durationMs = inRange(component, 'durationMs', timing.durationMs, { min: 1 }, NO_STATE);
  if ((timing.start !== undefined && start === undefined) || (timing.deadline !== undefined && deadline === undefined)) return null;
  if ((timing.fulfilledAt !== undefined && fulfilledAt === undefined) || (timing.durationMs !== undefined && durationMs === undefined)) {
    return null;
  }
  if (deadline === undefined && (start === undefined || durationMs === undefined)) {
    warnProp(component, 'deadline', timing.deadline, 'is required, or both start and durationMs', NO_STATE);
    return null;
  }
  if (deadline !== undefined && start !== undefined && deadline <= start) {
    warnProp(component, 'deadline', timing.deadline, `must be after start (${new Date(start).toISOString()}): the promise was due when it was made`, NO_STATE);
    return null;
  }
  if (fulfilledAt !== undefined && start !== undefined && fulfilledAt < start) {
    warnProp(component, 'fulfilledAt', timing.fulfilledAt, `must not be before start (${new Date(start).toISOString()})`, NO_STATE);
    return null;
  }
  if (timing.businessHours && !validHours(component, timing.businessHours)) return null;
  const checked: PromiseTiming = { ...timing };
  if (timing.outcome !== undefined && !(outcomes as readonly string[]).includes(timing.outcome)) {
    warnProp(component, 'outcome', timing.outcome, `must be one of ${outcomes.join(', ')}`, 'the state follows the clock');
    checked.outcome = undefined;
  }
  checked.atRiskMs = inRange(component, 'atRiskMs', timing.atRiskMs, { min: 0 }, 'using the default threshold');
  try {
    resolveDeadline(checked);
  } catch {
    // Business hours that never open within the search window: start + durationMs has no deadline.
    warnProp(component, 'businessHours', timing.businessHours, 'never open, so start + durationMs gives no deadline', NO_STATE);
    return null;
  }
  return checked;
}
