import { ces, csat, nps, DEFAULT_MINIMUM_N, type Rating } from '@polku/cx/metrics';
import { z } from 'zod';
import { fieldErrors, jsonResponse, problem, problemResponse } from '../problem';
import { feedbackKinds, metricKinds, type MetricKind } from '../scales';
import type { AnswerFilter, ExportCursor, FeedbackStore } from '../store/types';

const instant = z.union([z.iso.datetime({ offset: true }), z.iso.date()]).transform((value) => new Date(value));

const filterQuery = z.strictObject({
  touchpoint: z.string().min(1).max(200).optional(),
  from: instant.optional(),
  to: instant.optional(),
});
const metricsQuery = filterQuery.extend({
  kind: z.enum(metricKinds).optional(),
  minimumN: z.coerce.number().int().min(0).optional(),
});
const exportQuery = filterQuery.extend({ kind: z.enum(feedbackKinds).optional() });

/** Query parameters as an object, or a 400 naming each bad parameter (paths like `/from`). */
function parseQuery<T>(schema: z.ZodType<T>, url: URL, headers: Record<string, string>) {
  const result = schema.safeParse(Object.fromEntries(url.searchParams));
  if (result.success) return { ok: true as const, value: result.data };
  return {
    ok: false as const,
    response: problemResponse(problem(400, 'A query parameter is not valid.', fieldErrors(result.error)), headers),
  };
}

const calculators = { nps, csat, ces } as const;

/** One metric over the stored scores in the filter; with no answers at all, a suppressed result with n = 0. */
async function metricOf(store: FeedbackStore, kind: MetricKind, filter: AnswerFilter, minimumN: number) {
  const counts = await store.scoreCounts({ ...filter, kind });
  const ratings: Rating[] = counts.flatMap(({ score, count }) => Array.from({ length: count }, () => ({ score })));
  if (ratings.length === 0) {
    return { kind, n: 0, minimumN, suppressed: true, score: null, ci: null, reason: 'no answers match the filter' };
  }
  return calculators[kind](ratings, { minimumN });
}

/** `GET /v1/metrics`: NPS, CSAT and CES (or the one `kind`) with n and the 95% interval, from `@polku/cx/metrics`. */
export async function handleMetrics(url: URL, store: FeedbackStore, headers: Record<string, string>) {
  const query = parseQuery(metricsQuery, url, headers);
  if (!query.ok) return query.response;
  const { kind, minimumN = DEFAULT_MINIMUM_N, ...filter } = query.value;
  const kinds = kind ? [kind] : metricKinds;
  const metrics: Record<string, unknown> = {};
  for (const k of kinds) metrics[k] = await metricOf(store, k, filter, minimumN);
  return jsonResponse(200, { filter: { kind, ...query.value }, metrics }, headers);
}

const EXPORT_PAGE_SIZE = 500;

/** `GET /v1/export`: every stored answer in the filter as NDJSON, read page by page (constant memory). */
export function handleExport(url: URL, store: FeedbackStore, headers: Record<string, string>) {
  const query = parseQuery(exportQuery, url, headers);
  if (!query.ok) return query.response;
  const encoder = new TextEncoder();
  let cursor: ExportCursor | undefined;
  let finished = false;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (finished) return;
      const page = await store.exportPage(query.value, cursor, EXPORT_PAGE_SIZE);
      if (page.length > 0) {
        controller.enqueue(encoder.encode(page.map((row) => `${JSON.stringify(row.answer)}\n`).join('')));
        cursor = page[page.length - 1]!.cursor;
      }
      if (page.length < EXPORT_PAGE_SIZE) {
        finished = true;
        controller.close();
      }
    },
  });
  return new Response(stream, { status: 200, headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8', ...headers } });
}

/** `DELETE /v1/feedback/:id/contact`: erases the contact details of one answer (204; 404 for an unknown id). */
export async function handleErase(id: string, store: FeedbackStore, headers: Record<string, string>) {
  if (!z.uuid().safeParse(id).success) {
    return problemResponse(problem(404, 'No answer has this id.', [{ path: '/id', message: 'must be a UUID' }]), headers);
  }
  if (!(await store.eraseContact(id))) return problemResponse(problem(404, `No answer has the id ${id}.`), headers);
  return new Response(null, { status: 204, headers });
}
