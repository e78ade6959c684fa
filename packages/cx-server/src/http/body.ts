import { problem, problemResponse } from '../problem';

export type BodyResult = { ok: true; text: string } | { ok: false; response: Response };

const tooLarge = (limit: number, headers: Record<string, string>): BodyResult => ({
  ok: false,
  response: problemResponse(problem(413, `The body is over the limit of ${limit} bytes.`), headers),
});

/**
 * Reads the request body as UTF-8 text, at most `limit` bytes: a declared `Content-Length` over the limit is refused
 * before reading, and a body without one stops being read at the first byte past the limit.
 */
export async function readBody(request: Request, limit: number, headers: Record<string, string>): Promise<BodyResult> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > limit) return tooLarge(limit, headers);
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        await reader.cancel().catch(() => undefined);
        return tooLarge(limit, headers);
      }
      chunks.push(value);
    }
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)) };
  } catch {
    return { ok: false, response: problemResponse(problem(400, 'The body is not valid UTF-8.'), headers) };
  }
}

/** The media type of a `Content-Type` header, lower case, without parameters. */
export function mediaType(request: Request): string {
  return (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}
