/** Request headers a browser may send cross-origin (answered in preflight). */
const ALLOWED_HEADERS = 'Content-Type, Idempotency-Key, Authorization';
const ALLOWED_METHODS = 'GET, POST, DELETE, OPTIONS';

export type OriginVerdict = { allowed: true; headers: Record<string, string> } | { allowed: false };

/**
 * Decides on the request's `Origin`: no `Origin` (a server, curl) and the receiver's own origin are always allowed
 * and get no CORS headers; another origin is allowed only when `allowedOrigins` lists it (or `'*'`), and then gets
 * `Access-Control-Allow-Origin` naming it.
 */
export function checkOrigin(request: Request, allowedOrigins: readonly string[]): OriginVerdict {
  const origin = request.headers.get('origin');
  if (origin === null || origin === new URL(request.url).origin) return { allowed: true, headers: {} };
  if (!allowedOrigins.includes(origin) && !allowedOrigins.includes('*')) return { allowed: false };
  return {
    allowed: true,
    headers: {
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Expose-Headers': 'Retry-After',
      Vary: 'Origin',
    },
  };
}

/** Answers a CORS preflight from an allowed origin. */
export function preflightResponse(corsHeaders: Record<string, string>): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...corsHeaders,
      'Access-Control-Allow-Methods': ALLOWED_METHODS,
      'Access-Control-Allow-Headers': ALLOWED_HEADERS,
      'Access-Control-Max-Age': '600',
      Allow: ALLOWED_METHODS,
    },
  });
}
