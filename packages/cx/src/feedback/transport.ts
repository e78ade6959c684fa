import type { FeedbackResponse } from './types';

/**
 * What happened to one send. `transient` failures (offline, network error, 5xx, 429) are retried by the outbox;
 * `permanent` ones (other 4xx) are not: the customer is told and offered another channel.
 */
export type SendResult =
  | { ok: true }
  | { ok: false; kind: 'transient'; reason: string; retryAfterMs?: number }
  | { ok: false; kind: 'permanent'; reason: string; status?: number };

/** How the outbox wants one request sent. */
export interface SendOptions {
  /** Let the request outlive the page (`fetch` keepalive). The outbox asks for it only while the page is hiding. */
  keepalive?: boolean;
}

/**
 * Sends one response. Must be idempotent on `response.id` at the server. Never rejects: failures are results.
 * `endpoint` names the queue its answers wait in (answers of one endpoint are sent only through a transport with the
 * same `endpoint`); `sendBatch`, when present, sends up to 100 answers in one request and answers per entry, in order.
 */
export interface FeedbackTransport {
  (response: FeedbackResponse, options?: SendOptions): Promise<SendResult>;
  endpoint?: string;
  sendBatch?: (responses: FeedbackResponse[], options?: SendOptions) => Promise<SendResult[]>;
}

/** Thrown by an `onSubmit` callback to mark a failure as permanent (not retried). Anything else thrown is transient. */
export class PermanentFeedbackError extends Error {
  readonly status?: number;
  constructor(message: string, status?: number) {
    super(message);
    this.name = 'PermanentFeedbackError';
    this.status = status;
  }
}

/**
 * Wraps a consumer's `onSubmit(response) => Promise` as a transport: resolve = sent, reject = transient failure.
 * `endpoint` names its queue (default `submit`).
 */
export function transportFromSubmit(onSubmit: (response: FeedbackResponse) => Promise<unknown>, endpoint = 'submit'): FeedbackTransport {
  const transport: FeedbackTransport = async (response) => {
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
  transport.endpoint = endpoint;
  return transport;
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
  /** Serialises the body of a single send, default `JSON.stringify(response)`. */
  serialize?: (response: FeedbackResponse) => string;
  /** Abort a send after this many milliseconds (treated as transient), default 15,000. */
  timeoutMs?: number;
  /** `credentials` for fetch, default `same-origin`. */
  credentials?: RequestCredentials;
  /** The endpoint accepts batches (a JSON array, answered `{ results: [...] }` per entry): the outbox sends up to 100 at once. */
  batch?: boolean;
}

type FetchResult = { ok: true; res: Response } | { ok: false; failure: SendResult };

/** One request with a timeout; a network error or timeout is a transient failure. */
async function request(url: string, init: RequestInit, options: FetchTransportOptions): Promise<FetchResult> {
  const doFetch = options.fetch ?? (typeof fetch === 'function' ? fetch : undefined);
  if (!doFetch) return { ok: false, failure: { ok: false, kind: 'transient', reason: 'fetch is not available' } };
  const controller = typeof AbortController === 'function' ? new AbortController() : undefined;
  const timer = controller ? setTimeout(() => controller.abort(), options.timeoutMs ?? 15_000) : undefined;
  try {
    return { ok: true, res: await doFetch(url, { ...init, signal: controller?.signal }) };
  } catch (error) {
    const reason = controller?.signal.aborted ? 'timeout' : error instanceof Error ? error.message : 'network error';
    return { ok: false, failure: { ok: false, kind: 'transient', reason } };
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

/** Per-entry results of a batch reply (`{ results: [{ id, status }] }`, in order); entries it does not answer are transient. */
async function batchResults(res: Response, count: number): Promise<SendResult[]> {
  const whole = classifyStatus(res.status, res.headers?.get?.('Retry-After'));
  if (!whole.ok || res.status !== 200) return Array.from({ length: count }, () => whole);
  let results: unknown;
  try {
    results = ((await res.json()) as { results?: unknown }).results;
  } catch {
    results = undefined;
  }
  return Array.from({ length: count }, (_, i): SendResult => {
    const status = Array.isArray(results) ? (results[i] as { status?: unknown } | undefined)?.status : undefined;
    return typeof status === 'number' ? classifyStatus(status) : { ok: false, kind: 'transient', reason: 'no result for this entry' };
  });
}

/**
 * A transport over `fetch` (protocol: docs/adr, `POST` JSON): one answer with `Idempotency-Key: <response.id>`, or
 * with `batch: true` up to 100 answers as an array. Network errors, timeouts, 5xx, 408 and 429 (honouring Retry-After)
 * are transient; other 4xx permanent; in a batch each entry by its own status. `keepalive` only when the outbox asks
 * (the page is hiding). Its `endpoint` is the URL.
 */
export function createFetchTransport(url: string, options: FetchTransportOptions = {}): FeedbackTransport {
  const { method = 'POST', headers = {}, serialize = JSON.stringify, credentials = 'same-origin' } = options;
  const init = (body: string, extra: Record<string, string>, sendOptions?: SendOptions): RequestInit => ({
    method,
    headers: { 'Content-Type': 'application/json', ...headers, ...extra },
    body,
    keepalive: sendOptions?.keepalive === true,
    credentials,
  });
  const transport: FeedbackTransport = async (response, sendOptions) => {
    const sent = await request(url, init(serialize(response), { 'Idempotency-Key': response.id }, sendOptions), options);
    return sent.ok ? classifyStatus(sent.res.status, sent.res.headers?.get?.('Retry-After')) : sent.failure;
  };
  transport.endpoint = url;
  if (options.batch) {
    transport.sendBatch = async (responses, sendOptions) => {
      const sent = await request(url, init(JSON.stringify(responses), {}, sendOptions), options);
      return sent.ok ? batchResults(sent.res, responses.length) : responses.map(() => sent.failure);
    };
  }
  return transport;
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
  const transport: FeedbackTransport = async (response) => {
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
  transport.endpoint = url;
  return transport;
}
