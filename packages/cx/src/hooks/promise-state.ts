/**
 * The customer-promise state machine: pure functions, no React, no DOM, testable with plain numbers.
 *
 * A promise ("Served within 15 minutes, or we pay you €10") has a deadline, given directly or as start + duration.
 * With business hours the clock only runs while open, and the promise is `paused` outside them.
 */
import type { BusinessHours } from './business-hours';
import { businessDeadline, businessInstantAfter, businessTimeUntil, openSegmentAt } from './business-schedule';

export const promiseStates = ['active', 'at-risk', 'kept', 'broken', 'paused', 'waived'] as const;
/** `active` counts down; `at-risk` is below the threshold; `kept`, `broken` and `waived` are final. */
export type PromiseState = (typeof promiseStates)[number];

/** A time as a Date, epoch milliseconds or an ISO 8601 string. */
export type TimeInput = Date | number | string;

export interface PromiseTiming {
  /** When the promise falls due. Give this, or `start` and `durationMs`. */
  deadline?: TimeInput;
  /** When the clock started (the customer took a queue number, the order was placed). */
  start?: TimeInput;
  /** Promised duration in ms; with `businessHours` it is counted in open time only. */
  durationMs?: number;
  /** The clock runs only within these hours; outside them the promise is `paused`. */
  businessHours?: BusinessHours;
  /** At risk when this many ms (of business time) or fewer remain. Default: a fifth of the duration, at most 5 min. */
  atRiskMs?: number;
  /** When the promise was fulfilled: `kept` if at or before the deadline, else `broken`. */
  fulfilledAt?: TimeInput;
  /** Explicit outcome set by the service (a manual waiver, a recorded breach). Wins over the clock. */
  outcome?: 'kept' | 'broken' | 'waived';
  /** Paused by the service (e.g. waiting for the customer's documents). */
  paused?: boolean;
}

export interface PromiseSnapshot {
  state: PromiseState;
  /** Deadline in epoch ms. */
  deadline: number;
  /** Remaining ms until the deadline, in business time when business hours apply; 0 once due. */
  remainingMs: number;
  /** Whether the state can still change with time (a countdown is useful). */
  running: boolean;
  /** When, in epoch ms, the state will next change by itself (for scheduling); `null` if never. */
  nextChangeAt: number | null;
  /** Why it is paused, when it is. */
  pauseReason?: 'manual' | 'closed';
}

export function toEpoch(value: TimeInput): number {
  const ms = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
  if (!Number.isFinite(ms)) throw new RangeError(`Promise: "${String(value)}" is not a valid time`);
  return ms;
}

/** Resolves the deadline from `deadline`, or from `start` + `durationMs` (in business time when hours are set). */
export function resolveDeadline(timing: PromiseTiming): number {
  if (timing.deadline !== undefined) return toEpoch(timing.deadline);
  if (timing.start === undefined || timing.durationMs === undefined) {
    throw new RangeError('Promise: give either "deadline" or both "start" and "durationMs"');
  }
  const start = toEpoch(timing.start);
  return timing.businessHours ? businessDeadline(timing.businessHours, start, timing.durationMs) : start + timing.durationMs;
}

const FIVE_MINUTES = 5 * 60_000;

/** The at-risk threshold in ms. */
export function atRiskThreshold(timing: PromiseTiming, deadline: number): number {
  if (timing.atRiskMs !== undefined) return Math.max(0, timing.atRiskMs);
  const total =
    timing.durationMs ?? (timing.start !== undefined ? Math.max(0, deadline - toEpoch(timing.start)) : FIVE_MINUTES * 5);
  return Math.min(FIVE_MINUTES, total / 5);
}

/** Remaining time to the deadline: business time when hours apply (segments computed once per deadline). */
function remainingAt(timing: PromiseTiming, deadline: number, now: number): number {
  if (now >= deadline) return 0;
  return timing.businessHours ? businessTimeUntil(timing.businessHours, now, deadline) : deadline - now;
}

/** The instant (≥ now) at which `remaining` drops to `threshold`, following business hours. */
function instantWhenRemaining(timing: PromiseTiming, deadline: number, now: number, threshold: number): number {
  const remaining = remainingAt(timing, deadline, now);
  if (remaining <= threshold) return now;
  const toSpend = remaining - threshold;
  return timing.businessHours ? businessInstantAfter(timing.businessHours, now, deadline, toSpend) : now + toSpend;
}

/** The promise's state at `now` (epoch ms, already corrected for server-time offset). */
export function promiseSnapshot(timing: PromiseTiming, now: number): PromiseSnapshot {
  const deadline = resolveDeadline(timing);
  const final = (state: PromiseState): PromiseSnapshot => ({
    state,
    deadline,
    remainingMs: remainingAt(timing, deadline, Math.min(now, deadline)),
    running: false,
    nextChangeAt: null,
  });
  if (timing.outcome) return final(timing.outcome);
  if (timing.fulfilledAt !== undefined) {
    return final(toEpoch(timing.fulfilledAt) <= deadline ? 'kept' : 'broken');
  }
  if (now >= deadline) return { ...final('broken'), remainingMs: 0 };
  const remainingMs = remainingAt(timing, deadline, now);
  if (timing.paused) return { state: 'paused', deadline, remainingMs, running: false, nextChangeAt: null, pauseReason: 'manual' };
  const hours = timing.businessHours;
  const segment = hours ? openSegmentAt(hours, now, deadline) : null;
  if (hours && (segment === null || segment[0] > now)) {
    return { state: 'paused', deadline, remainingMs, running: true, nextChangeAt: segment ? segment[0] : null, pauseReason: 'closed' };
  }
  const threshold = atRiskThreshold(timing, deadline);
  const atRisk = remainingMs <= threshold;
  let nextChangeAt = atRisk ? deadline : instantWhenRemaining(timing, deadline, now, threshold);
  if (segment && segment[1] < nextChangeAt) nextChangeAt = segment[1];
  return { state: atRisk ? 'at-risk' : 'active', deadline, remainingMs, running: true, nextChangeAt };
}

/**
 * Estimates how far the client clock is behind the server's (add the result to `Date.now()`), from a server
 * timestamp and the local times the request was sent and the answer received (midpoint, like NTP).
 */
export function estimateServerOffset(serverTime: TimeInput, requestSentAt: number, responseReceivedAt: number): number {
  return Math.round(toEpoch(serverTime) - (requestSentAt + responseReceivedAt) / 2);
}

/** Splits a duration into whole hours, minutes and seconds (rounded up to the second, so "0 s" means due). */
export function splitDuration(ms: number): { hours: number; minutes: number; seconds: number } {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return { hours: Math.floor(total / 3600), minutes: Math.floor((total % 3600) / 60), seconds: total % 60 };
}
