import { z } from 'zod';
import { fieldErrors, jsonResponse, problem, problemResponse, type Problem } from '../problem';
import type { FeedbackResponse } from '../schema';
import type { FeedbackStore, InsertOutcome } from '../store/types';
import { mediaType, readBody } from './body';

/** Most answers in one batch request. */
export const MAX_BATCH_SIZE = 100;

export interface IngestContext {
  store: FeedbackStore;
  schema: z.ZodType<FeedbackResponse>;
  bodyLimitBytes: number;
  clock: () => number;
  /** CORS headers for every response of this request. */
  headers: Record<string, string>;
}

/** One entry of a batch response, in request order. */
export interface BatchEntryResult {
  id: string | null;
  status: 200 | 201 | 400 | 409;
  problem?: Problem;
}

const statusOf: Record<InsertOutcome, 200 | 201 | 409> = { created: 201, duplicate: 200, conflict: 409 };
const conflictProblem = (id: string) =>
  problem(409, `An answer with id ${id} is already stored with a different body; an id is never reused.`);

type Checked = { ok: true; answer: FeedbackResponse } | { ok: false; problem: Problem };

function check(schema: IngestContext['schema'], value: unknown): Checked {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, answer: result.data };
  return { ok: false, problem: problem(400, 'The answer does not match the FeedbackResponse schema.', fieldErrors(result.error)) };
}

const usableId = (value: unknown): string | null => {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' && z.uuid().safeParse(id).success ? id : null;
};

/** `POST /v1/feedback`: one answer (with its `Idempotency-Key`) or a batch (a JSON array of 1…100 answers). */
export async function handleIngest(request: Request, context: IngestContext): Promise<Response> {
  const { headers } = context;
  const type = mediaType(request);
  if (type !== 'application/json' && type !== 'text/plain') {
    return problemResponse(
      problem(415, `Content-Type ${type || '(none)'} is not accepted: send application/json (or text/plain from sendBeacon).`),
      headers,
    );
  }
  const body = await readBody(request, context.bodyLimitBytes, headers);
  if (!body.ok) return body.response;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.text);
  } catch {
    return problemResponse(problem(400, 'The body is not valid JSON.'), headers);
  }
  const key = request.headers.get('idempotency-key') ?? new URL(request.url).searchParams.get('idempotencyKey');
  return Array.isArray(parsed) ? ingestBatch(parsed, key, context) : ingestOne(parsed, key, context);
}

async function ingestOne(value: unknown, key: string | null, context: IngestContext): Promise<Response> {
  const { headers } = context;
  const checked = check(context.schema, value);
  if (!checked.ok) return problemResponse(checked.problem, headers);
  const { id } = checked.answer;
  if (key !== id) {
    const message =
      key === null
        ? 'a single answer needs the Idempotency-Key header (or ?idempotencyKey= from sendBeacon) equal to its id'
        : `must equal the Idempotency-Key ${JSON.stringify(key)}`;
    return problemResponse(problem(400, 'The idempotency key does not match the answer.', [{ path: '/id', message }]), headers);
  }
  const [outcome] = await context.store.insert([checked.answer], new Date(context.clock()));
  if (outcome === 'conflict') return problemResponse(conflictProblem(id), headers);
  return jsonResponse(statusOf[outcome!], { id, status: outcome }, headers);
}

async function ingestBatch(values: unknown[], key: string | null, context: IngestContext): Promise<Response> {
  const { headers } = context;
  if (key !== null) {
    return problemResponse(
      problem(400, 'A batch carries no Idempotency-Key: each answer is keyed by its own id.', [
        { path: '', message: 'remove the Idempotency-Key header (or ?idempotencyKey=) from batch requests' },
      ]),
      headers,
    );
  }
  if (values.length === 0 || values.length > MAX_BATCH_SIZE) {
    return problemResponse(
      problem(400, `A batch holds 1 to ${MAX_BATCH_SIZE} answers; this one holds ${values.length}.`, [
        { path: '', message: `must hold 1 to ${MAX_BATCH_SIZE} answers` },
      ]),
      headers,
    );
  }
  const checked = values.map((value) => check(context.schema, value));
  const valid = checked.flatMap((entry) => (entry.ok ? [entry.answer] : []));
  const outcomes = valid.length > 0 ? await context.store.insert(valid, new Date(context.clock())) : [];
  let next = 0;
  const results = checked.map((entry, index): BatchEntryResult => {
    if (!entry.ok) return { id: usableId(values[index]), status: 400, problem: entry.problem };
    const outcome = outcomes[next++]!;
    const { id } = entry.answer;
    return outcome === 'conflict' ? { id, status: 409, problem: conflictProblem(id) } : { id, status: statusOf[outcome] };
  });
  return jsonResponse(200, { results }, headers);
}
