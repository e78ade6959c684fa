import { describe, expect, it } from 'vitest';
import {
  atRiskThreshold,
  estimateServerOffset,
  promiseSnapshot,
  resolveDeadline,
  splitDuration,
} from './promise-state';
import { addBusinessTime, businessTimeBetween, isOpen, nextOpenSegment, type BusinessHours } from './business-hours';

const MIN = 60_000;
const start = Date.parse('2026-11-23T10:00:00Z');
const served15 = { start, durationMs: 15 * MIN };

describe('promise state machine', () => {
  it('resolves the deadline from start + duration or takes it as given', () => {
    expect(resolveDeadline(served15)).toBe(start + 15 * MIN);
    expect(resolveDeadline({ deadline: '2026-11-23T10:15:00Z' })).toBe(start + 15 * MIN);
    expect(() => resolveDeadline({ start })).toThrow(/deadline/);
    expect(() => resolveDeadline({ deadline: 'soon' })).toThrow(/not a valid time/);
  });

  it('is active, then at risk below the threshold, then broken at the deadline', () => {
    expect(atRiskThreshold(served15, start + 15 * MIN)).toBe(3 * MIN);
    const early = promiseSnapshot(served15, start + 5 * MIN);
    expect(early).toMatchObject({ state: 'active', remainingMs: 10 * MIN, running: true, nextChangeAt: start + 12 * MIN });
    const late = promiseSnapshot(served15, start + 12 * MIN);
    expect(late).toMatchObject({ state: 'at-risk', remainingMs: 3 * MIN, nextChangeAt: start + 15 * MIN });
    expect(promiseSnapshot(served15, start + 15 * MIN)).toMatchObject({ state: 'broken', remainingMs: 0, running: false });
  });

  it('caps the default at-risk threshold at five minutes and honours an explicit one', () => {
    expect(atRiskThreshold({ start, durationMs: 120 * MIN }, start + 120 * MIN)).toBe(5 * MIN);
    expect(promiseSnapshot({ ...served15, atRiskMs: 10 * MIN }, start + 6 * MIN).state).toBe('at-risk');
  });

  it('is kept when fulfilled by the deadline, broken when fulfilled after it', () => {
    expect(promiseSnapshot({ ...served15, fulfilledAt: start + 14 * MIN }, start + 20 * MIN).state).toBe('kept');
    expect(promiseSnapshot({ ...served15, fulfilledAt: start + 16 * MIN }, start + 20 * MIN).state).toBe('broken');
  });

  it('lets an explicit outcome or a manual pause win over the clock', () => {
    expect(promiseSnapshot({ ...served15, outcome: 'waived' }, start + 30 * MIN).state).toBe('waived');
    expect(promiseSnapshot({ ...served15, outcome: 'kept' }, start + 1 * MIN)).toMatchObject({ state: 'kept', running: false });
    expect(promiseSnapshot({ ...served15, paused: true }, start + 1 * MIN)).toMatchObject({
      state: 'paused',
      pauseReason: 'manual',
      running: false,
    });
  });

  it('estimates the server-time offset from the request midpoint', () => {
    // Request sent at 1000, answered at 1200 (client clock); the server said 61100 → client is 60 s behind.
    expect(estimateServerOffset(61_100, 1_000, 1_200)).toBe(60_000);
  });

  it('splits durations for the countdown, rounding up to the second', () => {
    expect(splitDuration(3_725_001)).toEqual({ hours: 1, minutes: 2, seconds: 6 });
    expect(splitDuration(-5)).toEqual({ hours: 0, minutes: 0, seconds: 0 });
  });
});

describe('business hours', () => {
  // Helsinki: UTC+2 in winter, UTC+3 in summer.
  const hours: BusinessHours = {
    timeZone: 'Europe/Helsinki',
    week: {
      1: [{ open: '09:00', close: '16:00' }],
      2: [{ open: '09:00', close: '16:00' }],
      3: [{ open: '09:00', close: '12:00' }, { open: '13:00', close: '16:00' }],
      4: [{ open: '09:00', close: '16:00' }],
      5: [{ open: '09:00', close: '16:00' }],
    },
    closedDates: ['2026-12-24'],
  };
  const at = (iso: string) => Date.parse(iso);

  it('knows when it is open, in the given time zone', () => {
    expect(isOpen(hours, at('2026-11-23T07:00:00Z'))).toBe(true); // Mon 9:00 Helsinki
    expect(isOpen(hours, at('2026-11-23T06:59:00Z'))).toBe(false);
    expect(isOpen(hours, at('2026-11-25T10:30:00Z'))).toBe(false); // Wed lunch 12:30
    expect(isOpen(hours, at('2026-11-28T10:00:00Z'))).toBe(false); // Saturday
    expect(isOpen(hours, at('2026-12-24T10:00:00Z'))).toBe(false); // closed date
  });

  it('finds the next open segment across the weekend', () => {
    expect(nextOpenSegment(hours, at('2026-11-27T15:00:00Z'))).toEqual([
      at('2026-11-30T07:00:00Z'),
      at('2026-11-30T14:00:00Z'),
    ]);
  });

  it('adds and measures business time, pausing outside opening hours', () => {
    // Friday 15:50 Helsinki + 30 business minutes = Monday 9:20.
    const friday = at('2026-11-27T13:50:00Z');
    const due = addBusinessTime(hours, friday, 30 * MIN);
    expect(due).toBe(at('2026-11-30T07:20:00Z'));
    expect(businessTimeBetween(hours, friday, due)).toBe(30 * MIN);
  });

  it('keeps local opening times across the daylight-saving change', () => {
    // Sunday 29 March 2026 clocks go forward in Finland; Monday opens 9:00 EEST = 06:00Z.
    expect(nextOpenSegment(hours, at('2026-03-27T15:00:00Z'))?.[0]).toBe(at('2026-03-30T06:00:00Z'));
  });

  it('pauses a promise outside business hours and resumes at opening', () => {
    const timing = { start: at('2026-11-27T13:50:00Z'), durationMs: 30 * MIN, businessHours: hours };
    const saturday = promiseSnapshot(timing, at('2026-11-28T10:00:00Z'));
    expect(saturday).toMatchObject({ state: 'paused', pauseReason: 'closed', remainingMs: 20 * MIN });
    expect(saturday.nextChangeAt).toBe(at('2026-11-30T07:00:00Z'));
    const monday = promiseSnapshot(timing, at('2026-11-30T07:05:00Z'));
    expect(monday).toMatchObject({ state: 'active', remainingMs: 15 * MIN });
    expect(promiseSnapshot(timing, at('2026-11-30T07:20:00Z')).state).toBe('broken');
  });
});
