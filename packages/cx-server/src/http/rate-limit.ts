export interface RateLimitOptions {
  /** Requests allowed per client key in one window. */
  limit: number;
  /** Window length in milliseconds. */
  windowMs: number;
}

/** Default: 600 requests a minute per client (a batch of up to 100 answers is one request). */
export const DEFAULT_RATE_LIMIT: RateLimitOptions = { limit: 600, windowMs: 60_000 };

/** Fixed-window request counter per client key; `take` returns the seconds to wait when the key is over its limit. */
export function createRateLimiter({ limit, windowMs }: RateLimitOptions, clock: () => number) {
  const windows = new Map<string, { start: number; count: number }>();
  let lastSweep = clock();

  return {
    take(key: string): { ok: true } | { ok: false; retryAfterSeconds: number } {
      const now = clock();
      if (now - lastSweep >= windowMs) {
        for (const [k, w] of windows) if (now - w.start >= windowMs) windows.delete(k);
        lastSweep = now;
      }
      let window = windows.get(key);
      if (!window || now - window.start >= windowMs) {
        window = { start: now, count: 0 };
        windows.set(key, window);
      }
      window.count += 1;
      if (window.count <= limit) return { ok: true };
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((window.start + windowMs - now) / 1000)) };
    },
  };
}
