import { hasBearerToken } from './http/auth';
import { checkOrigin, preflightResponse } from './http/cors';
import { handleIngest } from './http/ingest';
import { createRateLimiter, DEFAULT_RATE_LIMIT, type RateLimitOptions } from './http/rate-limit';
import { handleErase, handleExport, handleMetrics } from './http/read';
import { jsonResponse, problem, problemResponse } from './problem';
import { createFeedbackResponseSchema } from './schema';
import type { FeedbackStore } from './store/types';

/** What the server knows about the request beyond the Fetch `Request` (the Node adapter fills it in). */
export interface RequestInfo {
  /** The peer's address, e.g. `req.socket.remoteAddress`. */
  clientAddress?: string;
}

export interface FeedbackHandlerOptions {
  /** Where answers are kept: {@link createPgliteStore}, {@link createPostgresStore} or {@link openStore}. */
  store: FeedbackStore;
  /** Largest request body in bytes (default 65,536: 64 KiB, the browsers' keepalive budget). */
  bodyLimitBytes?: number;
  /** Requests per window per client key (default 600 a minute); `false` turns the limit off. */
  rateLimit?: RateLimitOptions | false;
  /**
   * The rate limit's client key (default: the peer address from {@link RequestInfo}). Behind a proxy you trust, read
   * its forwarding header here.
   */
  clientKey?: (request: Request, info: RequestInfo) => string;
  /** Other origins whose pages may call the receiver (`https://www.example.fi`; `'*'` for any). Default none. */
  allowedOrigins?: readonly string[];
  /** Bearer token of the read and erase routes. Without one they answer 401. */
  readToken?: string;
  /** Longest comment in characters (default 2,000). */
  commentMaxLength?: number;
  /** Milliseconds since the epoch (default `Date.now`): the received time and the rate-limit windows. */
  clock?: () => number;
  /** Path prefix the handler is mounted under, e.g. `/api/cx` (default none). */
  basePath?: string;
  /** Told about unexpected errors, which answer 500 (default `console.error`). */
  onError?: (error: unknown) => void;
}

/** A Fetch-API request handler: Node `http` (through {@link toNodeListener}), Next.js route handlers, Hono, Bun, Deno. */
export type FeedbackHandler = (request: Request, info?: RequestInfo) => Promise<Response>;

const FEEDBACK = '/v1/feedback';
const ERASE = /^\/v1\/feedback\/([^/]+)\/contact$/;

const methodNotAllowed = (allow: string, headers: Record<string, string>) =>
  problemResponse(problem(405, `Use ${allow}.`), { ...headers, Allow: allow });

/**
 * Makes the receiver of the feedback wire protocol (docs/guides/receiving-feedback.md): `POST /v1/feedback` stores
 * each answer exactly once, `GET /healthz` says when migrations ran, and the read routes (`/v1/metrics`,
 * `/v1/export`, contact erasure) need the bearer token.
 */
export function createFeedbackHandler(options: FeedbackHandlerOptions): FeedbackHandler {
  const {
    store,
    bodyLimitBytes = 64 * 1024,
    allowedOrigins = [],
    readToken,
    clock = Date.now,
    basePath = '',
    onError = (error: unknown) => console.error('[polku-cx-server]', error),
  } = options;
  const schema = createFeedbackResponseSchema({ commentMaxLength: options.commentMaxLength });
  const limiter = options.rateLimit === false ? null : createRateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT, clock);
  const clientKey = options.clientKey ?? ((_request: Request, info: RequestInfo) => info.clientAddress ?? 'unknown');

  async function route(request: Request, info: RequestInfo): Promise<Response> {
    const url = new URL(request.url);
    const path = basePath && url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) || '/' : url.pathname;
    const origin = checkOrigin(request, allowedOrigins);
    if (!origin.allowed) return problemResponse(problem(403, 'This origin is not allowed to call the receiver.'));
    const headers = origin.headers;
    if (request.method === 'OPTIONS') return preflightResponse(headers);

    if (path === '/healthz') {
      return store.isReady()
        ? jsonResponse(200, { ok: true }, headers)
        : jsonResponse(503, { ok: false }, { ...headers, 'Retry-After': '1' });
    }
    if (limiter) {
      const verdict = limiter.take(clientKey(request, info));
      if (!verdict.ok) {
        const retryAfter = String(verdict.retryAfterSeconds);
        return problemResponse(problem(429, `Too many requests: try again in ${retryAfter} s.`), { ...headers, 'Retry-After': retryAfter });
      }
    }

    if (path === FEEDBACK) {
      if (request.method !== 'POST') return methodNotAllowed('POST', headers);
      return handleIngest(request, { store, schema, bodyLimitBytes, clock, headers });
    }
    const erase = ERASE.exec(path);
    const isRead = path === '/v1/metrics' || path === '/v1/export' || erase !== null;
    if (!isRead) return problemResponse(problem(404, `No route ${path}.`), headers);
    if (!hasBearerToken(request, readToken)) {
      const detail = readToken ? 'A valid bearer token is needed.' : 'The read routes are off: no read token is configured.';
      return problemResponse(problem(401, detail), { ...headers, 'WWW-Authenticate': 'Bearer' });
    }
    if (erase) {
      if (request.method !== 'DELETE') return methodNotAllowed('DELETE', headers);
      return handleErase(decodeURIComponent(erase[1]!), store, headers);
    }
    if (request.method !== 'GET') return methodNotAllowed('GET', headers);
    return path === '/v1/metrics' ? handleMetrics(url, store, headers) : handleExport(url, store, headers);
  }

  return async (request, info = {}) => {
    try {
      return await route(request, info);
    } catch (error) {
      onError(error);
      return problemResponse(problem(500, 'The receiver could not handle the request; it is safe to retry.'));
    }
  };
}
