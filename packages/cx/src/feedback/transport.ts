import type { FeedbackResponse } from './types';

/**
 * What happened to one send. `transient` failures (offline, network error, 5xx, 429) are retried by the outbox;
 * `permanent` ones (other 4xx) are not: the customer is told and offered another channel.
 */
export type SendResult =
  | { ok: true }
  | { ok: false; kind: 'transient'; reason: string; retryAfterMs?: number }
  | { ok: false; kind: 'permanent'; reason: string; status?: number };

/** Sends one response. Must be idempotent on `response.id` at the server. Never rejects: failures are results. */
export type FeedbackTransport = (response: FeedbackResponse) => Promise<SendResult>;

/** Thrown by an `onSubmit` callback to mark a failure as permanent (not retried). Anything else thrown is transient. */
export class PermanentFeedbackError extends Error {
  readonly status?: number;
  constructor(message: string, status?: number) {
    super(message);
    this.name = 'PermanentFeedbackError';
    this.status = status;
  }
}

/** Wraps a consumer's `onSubmit(response) => Promise` as a transport: resolve = sent, reject = transient failure. */
export function transportFromSubmit(onSubmit: (response: FeedbackResponse) => Promise<unknown>): FeedbackTransport {
  return async (response) => {
    try {
      await onSubmit(response);
      return { ok: true };
    } catch (error) {
      if (error instanceof PermanentFeedbackError) {
        return { ok: false, kind: 'permanent', reason: error.message, status: error.status };
      }
      return { ok: false, kind: 'transient', reason: error instanceof Error ? error.message : String(error) };
    }
  };
}

/** Parses a Retry-After header (seconds or an HTTP date) into milliseconds from `now`. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Classifies an HTTP status: 2xx ok, 5xx, 408 and 429 transient, other statuses permanent. */
export function classifyStatus(status: number, retryAfter?: string | null, now?: number): SendResult {
  if (status >= 200 && status < 300) return { ok: true };
  if (status >= 500 || status === 429 || status === 408) {
    const retryAfterMs = parseRetryAfter(retryAfter ?? null, now);
    return { ok: false, kind: 'transient', reason: `HTTP ${status}`, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
  }
  return { ok: false, kind: 'permanent', reason: `HTTP ${status}`, status };
}

export interface FetchTransportOptions {
  /** HTTP method, default `POST`. */
  method?: string;
  /** Extra headers (for example an API key); `Content-Type` and `Idempotency-Key` are set for you. */
  headers?: Record<string, string>;
  /** `fetch` implementation, default the global one (injectable for tests and older runtimes). */
  fetch?: typeof fetch;
  /** Serialises the body, default `JSON.stringify(response)`. */
  serialize?: (response: FeedbackResponse) => string;
  /** Abort a send after this many milliseconds (treated as transient), default 15,000. */
  timeoutMs?: number;
  /** `credentials` for fetch, default `same-origin`. */
  credentials?: RequestCredentials;
}

/**
 * A transport over `fetch`: POSTs JSON with `Idempotency-Key: <response.id>`; network errors, timeouts, 5xx, 408 and
 * 429 (honouring Retry-After) are transient; other 4xx are permanent. Sent with `keepalive` so a send can outlive
 * the page.
 */
export function createFetchTransport(url: string, options: FetchTransportOptions = {}): FeedbackTransport {
  const { method = 'POST', headers = {}, serialize = JSON.stringify, timeoutMs = 15_000, credentials = 'same-origin' } = options;
  return async (response) => {
    const doFetch = options.fetch ?? (typeof fetch === 'function' ? fetch : undefined);
    if (!doFetch) return { ok: false, kind: 'transient', reason: 'fetch is not available' };
    const controller = typeof AbortController === 'function' ? new AbortController() : undefined;
    const timer = controller ? setTimeout(() => controller.abort(), timeoutMs) : undefined;
    try {
      const res = await doFetch(url, {
        method,
        headers: { 'Content-Type': 'application/json', ...headers, 'Idempotency-Key': response.id },
        body: serialize(response),
        keepalive: true,
        credentials,
        signal: controller?.signal,
      });
      return classifyStatus(res.status, res.headers?.get?.('Retry-After'));
    } catch (error) {
      return { ok: false, kind: 'transient', reason: error instanceof Error ? error.message : 'network error' };
    } finally {
      if (timer !== undefined) clearTimeout(timer);
    }
  };
}

export interface BeaconTransportOptions {
  /** `navigator.sendBeacon` implementation (injectable for tests). */
  sendBeacon?: (url: string, data: BodyInit) => boolean;
}

/**
 * A transport over `navigator.sendBeacon`, for sending while the page unloads. A beacon cannot carry headers, so the
 * id travels in the body and as the `idempotencyKey` query parameter; the browser only says whether it queued the
 * beacon, so "queued" counts as sent and "refused" as transient.
 */
export function createBeaconTransport(url: string, options: BeaconTransportOptions = {}): FeedbackTransport {
  return async (response) => {
    const send =
      options.sendBeacon ??
      (typeof navigator !== 'undefined' && typeof navigator.sendBeacon === 'function'
        ? navigator.sendBeacon.bind(navigator)
        : undefined);
    if (!send) return { ok: false, kind: 'transient', reason: 'sendBeacon is not available' };
    const separator = url.includes('?') ? '&' : '?';
    const target = `${url}${separator}idempotencyKey=${encodeURIComponent(response.id)}`;
    const body = typeof Blob === 'function' ? new Blob([JSON.stringify(response)], { type: 'text/plain;charset=UTF-8' }) : JSON.stringify(response);
    try {
      return send(target, body) ? { ok: true } : { ok: false, kind: 'transient', reason: 'beacon refused' };
    } catch (error) {
      return { ok: false, kind: 'transient', reason: error instanceof Error ? error.message : 'beacon failed' };
    }
  };
}
