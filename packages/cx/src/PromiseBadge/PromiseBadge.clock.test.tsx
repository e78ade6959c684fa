import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import * as businessHours from '../hooks/business-hours';
import { PromiseBadge } from './PromiseBadge';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const MIN = 60_000;
/** Monday 23 Nov 2026, 15:45 UTC: the promise runs 15 min today, the office closes, and 15 min on Tuesday morning. */
const start = Date.parse('2026-11-23T15:45:00Z');
const office: businessHours.BusinessHours = { ...businessHours.WEEKDAYS_8_TO_16, timeZone: 'UTC' };

/** The calendar walks of business-hours.ts, spied on (they still run): each call computes open segments. */
function spyOnSegmentWalks() {
  const spies = (['nextOpenSegment', 'businessTimeBetween', 'addBusinessTime', 'isOpen'] as const).map((name) =>
    vi.spyOn(businessHours, name),
  );
  return () => spies.reduce((count, spy) => count + spy.mock.calls.length, 0);
}

describe('PromiseBadge clock cost', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('computes the business-time segments once per deadline and calendar, not on every tick', async () => {
    vi.useFakeTimers({ now: start + 5 * MIN });
    const walks = spyOnSegmentWalks();
    const badge = (hours: businessHours.BusinessHours) => (
      <PromiseBadge promiseId="callback" text="Call back within 30 minutes" start={start} durationMs={30 * MIN} businessHours={hours} timeZone="UTC" />
    );
    const { rerender } = render(badge(office));
    expect(screen.getByRole('timer')).toHaveTextContent('25 min 0 sec left');
    const afterMount = walks();
    expect(afterMount).toBeGreaterThan(0);

    for (let tick = 0; tick < 10; tick += 1) await act(async () => vi.advanceTimersByTime(1000));
    expect(screen.getByRole('timer')).toHaveTextContent('24 min 50 sec left');
    expect(walks() - afterMount).toBe(0);

    // Same calendar as a new object: still no new computation. Another calendar: computed again, and right.
    rerender(badge({ ...office }));
    await act(async () => vi.advanceTimersByTime(1000));
    expect(walks() - afterMount).toBe(0);
    rerender(badge({ ...office, closedDates: ['2026-11-24'] }));
    await act(async () => vi.advanceTimersByTime(1000));
    expect(walks()).toBeGreaterThan(afterMount);
    expect(screen.getByRole('timer')).toHaveTextContent('24 min 48 sec left');
    expect(screen.getByRole('group').querySelector('time')).toHaveAttribute('datetime', '2026-11-25T08:15:00.000Z');
  });
});
