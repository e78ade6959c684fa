import type { z } from 'zod';

/** One field problem: a JSON Pointer into the request body and what is wrong there. */
export interface FieldError {
  path: string;
  message: string;
}

/** An RFC 9457 problem details object. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldError[];
}

const escapePointer = (segment: PropertyKey) => String(segment).replaceAll('~', '~0').replaceAll('/', '~1');

/** JSON Pointer of a path of keys (`['metadata', 'a/b']` → `/metadata/a~1b`). */
export function jsonPointer(path: readonly PropertyKey[]): string {
  return path.map((segment) => `/${escapePointer(segment)}`).join('');
}

/** Field errors of a failed parse; an unknown field is named by its own path. */
export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: jsonPointer([...issue.path, key]), message: 'is not a known field' }));
    }
    return [{ path: jsonPointer(issue.path), message: issue.message }];
  });
}

const titles: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Content too large',
  415: 'Unsupported media type',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

/** A problem object for `status`. */
export function problem(status: number, detail: string, errors?: FieldError[]): Problem {
  return { type: 'about:blank', title: titles[status] ?? 'Error', status, detail, ...(errors ? { errors } : {}) };
}

/** An `application/problem+json` response. */
export function problemResponse(value: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(value), {
    status: value.status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

/** A JSON response. */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}
