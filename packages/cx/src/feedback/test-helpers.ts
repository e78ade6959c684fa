/* Test-only helpers for the feedback behaviour layer: a seeded PRNG and a fake clock. Not exported from the package. */
import type { Scheduler } from './scheduler';
import type { FeedbackTransport } from './transport';

/** mulberry32: a small, fast, seeded PRNG returning numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Lets every pending promise callback run (setImmediate fires only after the microtask queue is empty). */
export function flushMicrotasks(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof setImmediate === 'function') setImmediate(resolve);
    else setTimeout(resolve, 0);
  });
}

/** A deterministic clock: timers fire in time order (ties in creation order) only when the test advances time. */
export class FakeScheduler implements Scheduler {
  private time: number;
  private sequence = 0;
  fired = 0;
  private readonly timers = new Map<number, { at: number; callback: () => void }>();

  constructor(start = 0) {
    this.time = start;
  }

  now = (): number => this.time;

  setTimeout = (callback: () => void, ms: number): unknown => {
    this.sequence += 1;
    this.timers.set(this.sequence, { at: this.time + Math.max(0, ms), callback });
    return this.sequence;
  };

  clearTimeout = (handle: unknown): void => {
    this.timers.delete(handle as number);
  };

  get pending(): number {
    return this.timers.size;
  }

  /** Time of the next timer, or undefined. */
  nextAt(): number | undefined {
    let next: number | undefined;
    for (const timer of this.timers.values()) if (next === undefined || timer.at < next) next = timer.at;
    return next;
  }

  /** Runs every timer due up to `target` (including ones they create), settling promises after each. */
  async advanceTo(target: number): Promise<void> {
    await flushMicrotasks();
    for (;;) {
      let dueId: number | undefined;
      let dueAt = Infinity;
      for (const [id, timer] of this.timers) {
        if (timer.at <= target && timer.at < dueAt) {
          dueAt = timer.at;
          dueId = id;
        }
      }
      if (dueId === undefined) break;
      const timer = this.timers.get(dueId)!;
      this.timers.delete(dueId);
      this.time = Math.max(this.time, timer.at);
      this.fired += 1;
      timer.callback();
      await flushMicrotasks();
    }
    this.time = Math.max(this.time, target);
  }

  advanceBy(ms: number): Promise<void> {
    return this.advanceTo(this.time + ms);
  }
}

/**
 * A transport that takes 5 ms per answer and counts deliveries per id and the most sends in flight at once (for the
 * one-sender checks in the unit tests and the Chromium story).
 */
export function countingTransport(endpoint: string) {
  const deliveries = new Map<string, number>();
  const counts = { inFlight: 0, most: 0 };
  const transport: FeedbackTransport = async (r) => {
    counts.inFlight += 1;
    counts.most = Math.max(counts.most, counts.inFlight);
    await new Promise((resolve) => setTimeout(resolve, 5));
    deliveries.set(r.id, (deliveries.get(r.id) ?? 0) + 1);
    counts.inFlight -= 1;
    return { ok: true };
  };
  transport.endpoint = endpoint;
  return { transport, deliveries, most: () => counts.most };
}
