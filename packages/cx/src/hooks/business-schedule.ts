/**
 * A promise's business-time schedule: the open segments from the first time asked up to its deadline, computed once
 * per deadline and calendar and reused on every tick, so a tick only sums a few numbers instead of walking the
 * calendar again (each walk formats dates in the calendar's time zone). Pure functions, no React, no DOM.
 */
import { addBusinessTime, nextOpenSegment, type BusinessHours } from './business-hours';

type Segment = readonly [start: number, end: number];
interface Schedule {
  /** The instant the segments start from; an earlier `now` computes them again. */
  from: number;
  /** Open segments up to the deadline, and the first one after it (when the clock reopens past a closed deadline). */
  segments: readonly Segment[];
}

/** Enough for a long list of promises; the oldest entry goes first. */
const MAX_ENTRIES = 256;
const schedules = new Map<string, Schedule>();
const deadlines = new Map<string, number>();

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  cache.delete(key);
  cache.set(key, value);
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  return value;
}

/** The calendar's content, so an equal calendar given as a new object on each render reuses the schedule. */
const calendarKey = (hours: BusinessHours) => JSON.stringify(hours);

/** `start` + `duration` ms of business time, computed once per start, duration and calendar. */
export function businessDeadline(hours: BusinessHours, start: number, duration: number): number {
  const key = `${start}|${duration}|${calendarKey(hours)}`;
  return deadlines.get(key) ?? remember(deadlines, key, addBusinessTime(hours, start, duration));
}

function scheduleFor(hours: BusinessHours, deadline: number, now: number): Schedule {
  const key = `${deadline}|${calendarKey(hours)}`;
  const known = schedules.get(key);
  if (known && known.from <= now) return known;
  const segments: Segment[] = [];
  for (let cursor = now; ; ) {
    const segment = nextOpenSegment(hours, cursor);
    if (!segment) break;
    segments.push(segment);
    if (segment[1] >= deadline) break;
    cursor = segment[1];
  }
  return remember(schedules, key, { from: now, segments });
}

/** Business ms from `now` to `deadline` (0 once due). */
export function businessTimeUntil(hours: BusinessHours, now: number, deadline: number): number {
  if (now >= deadline) return 0;
  let total = 0;
  for (const [start, end] of scheduleFor(hours, deadline, now).segments) {
    const from = Math.max(start, now);
    const to = Math.min(end, deadline);
    if (to > from) total += to - from;
  }
  return total;
}

/** The open segment containing `now` (start clipped to `now`) or the next one; `null` when nothing opens. */
export function openSegmentAt(hours: BusinessHours, now: number, deadline: number): [number, number] | null {
  for (const [start, end] of scheduleFor(hours, deadline, now).segments) {
    if (end > now) return [Math.max(start, now), end];
  }
  return now >= deadline ? nextOpenSegment(hours, now) : null;
}

/** The instant at which `duration` ms of business time after `now` have passed (before the deadline). */
export function businessInstantAfter(hours: BusinessHours, now: number, deadline: number, duration: number): number {
  let remaining = duration;
  for (const [start, end] of scheduleFor(hours, deadline, now).segments) {
    const from = Math.max(start, now);
    if (end <= from) continue;
    if (remaining <= end - from) return from + remaining;
    remaining -= end - from;
  }
  return addBusinessTime(hours, now, duration);
}
