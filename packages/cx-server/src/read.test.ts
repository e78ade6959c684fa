// @vitest-environment node
import { ces, csat, nps } from '@polku/cx/metrics';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer, BASE, handlerOn, OPEN_TIMEOUT_MS, openTestStore, postBatch, testDatabase, type TestStore } from './test-helpers';
import type { FeedbackResponse } from './schema';

let db: TestStore;
const seeded: FeedbackResponse[] = [];
const TOKEN = 'test-read-token';

/** Deterministic pseudo-random scores (a small LCG), so the numbers are not hand-picked. */
function scores(count: number, min: number, max: number, seed: number): number[] {
  let state = seed;
  return Array.from({ length: count }, () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return min + (state % (max - min + 1));
  });
}

beforeAll(async () => {
  db = await openTestStore();
  const handler = handlerOn(db.store);
  const make = (kind: string, scale: { min: number; max: number }, values: number[], touchpoint: string, day: number) =>
    values.map((score) =>
      answer({ kind, scale, score, touchpoint, createdAt: `2026-11-${String(day).padStart(2, '0')}T09:00:00.000Z` }),
    );
  seeded.push(
    ...make('nps', { min: 0, max: 10 }, scores(60, 0, 10, 1), 'checkout', 3),
    ...make('nps', { min: 0, max: 10 }, scores(40, 0, 10, 2), 'login', 10),
    ...make('csat', { min: 1, max: 5 }, scores(45, 1, 5, 3), 'checkout', 4),
    ...make('ces', { min: 1, max: 7 }, scores(35, 1, 7, 4), 'checkout', 20),
    ...make('emotion', { min: 1, max: 5 }, scores(5, 1, 5, 5), 'checkout', 21),
  );
  for (let i = 0; i < seeded.length; i += 100) {
    expect((await handler(postBatch(seeded.slice(i, i + 100)))).status).toBe(200);
  }
}, OPEN_TIMEOUT_MS);
afterAll(() => db.dispose(), OPEN_TIMEOUT_MS);

const get = (path: string, token: string | null = TOKEN, method = 'GET') =>
  handlerOn(db.store)(new Request(`${BASE}${path}`, { method, headers: token ? { Authorization: `Bearer ${token}` } : {} }));

const ratings = (filter: (one: FeedbackResponse) => boolean) => seeded.filter(filter).map(({ score }) => ({ score }));

describe(`read routes behind the bearer token (${testDatabase})`, () => {
  it('401 without a token, with a wrong one, and when the server has none configured', async () => {
    for (const path of ['/v1/metrics', '/v1/export', `/v1/feedback/${seeded[0]!.id}/contact`]) {
      const method = path.endsWith('/contact') ? 'DELETE' : 'GET';
      const missing = await get(path, null, method);
      expect(missing.status).toBe(401);
      expect(missing.headers.get('www-authenticate')).toBe('Bearer');
      expect((await get(path, 'wrong-token', method)).status).toBe(401);
      expect((await get(path, `${TOKEN}x`, method)).status).toBe(401);
    }
    const noToken = handlerOn(db.store, { readToken: undefined });
    const response = await noToken(new Request(`${BASE}/v1/metrics`, { headers: { Authorization: 'Bearer anything' } }));
    expect(response.status).toBe(401);
  });

  it('metrics equal @polku/cx/metrics computed on the seeded answers', async () => {
    const response = await get('/v1/metrics');
    expect(response.status).toBe(200);
    const { metrics } = await response.json();
    expect(metrics.nps).toEqual(nps(ratings((one) => one.kind === 'nps')));
    expect(metrics.csat).toEqual(csat(ratings((one) => one.kind === 'csat')));
    expect(metrics.ces).toEqual(ces(ratings((one) => one.kind === 'ces')));
    expect(metrics.nps.n).toBe(100);
    expect(metrics.nps.ci.level).toBe(0.95);
  });

  it('filters metrics by touchpoint, time and kind, and passes minimumN', async () => {
    const touchpoint = await (await get('/v1/metrics?touchpoint=checkout&kind=nps')).json();
    expect(Object.keys(touchpoint.metrics)).toEqual(['nps']);
    expect(touchpoint.metrics.nps).toEqual(nps(ratings((one) => one.kind === 'nps' && one.touchpoint === 'checkout')));
    const window = await (await get('/v1/metrics?from=2026-11-05&to=2026-11-30T00:00:00Z&kind=nps&minimumN=10')).json();
    expect(window.metrics.nps).toEqual(
      nps(ratings((one) => one.kind === 'nps' && one.createdAt.startsWith('2026-11-10')), { minimumN: 10 }),
    );
    const empty = await (await get('/v1/metrics?touchpoint=nowhere')).json();
    expect(empty.metrics.csat).toMatchObject({ n: 0, suppressed: true, score: null });
  });

  it('400 naming a bad query parameter', async () => {
    const response = await get('/v1/metrics?from=last-week&kind=stars');
    expect(response.status).toBe(400);
    const paths = (await response.json()).errors.map((error: { path: string }) => error.path);
    expect(paths).toEqual(expect.arrayContaining(['/from', '/kind']));
  });

  it('exports every stored answer as NDJSON, filtered by time', async () => {
    const response = await get('/v1/export');
    expect(response.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    const text = await response.text();
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(seeded.length);
    const byId = new Map(seeded.map((one) => [one.id, one]));
    for (const line of lines) expect(line).toEqual(byId.get(line.id));
    const late = (await (await get('/v1/export?from=2026-11-20')).text()).trimEnd().split('\n');
    expect(late).toHaveLength(40);
  });

  it('erases contact details: 204, then 404 for an unknown or malformed id', async () => {
    const target = seeded[0]!;
    expect((await get(`/v1/feedback/${target.id}/contact`, TOKEN, 'DELETE')).status).toBe(204);
    expect((await get(`/v1/feedback/${crypto.randomUUID()}/contact`, TOKEN, 'DELETE')).status).toBe(404);
    expect((await get('/v1/feedback/not-a-uuid/contact', TOKEN, 'DELETE')).status).toBe(404);
  });
});
