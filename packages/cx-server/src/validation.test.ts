// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer, handlerOn, OPEN_TIMEOUT_MS, openTestStore, postOne, testDatabase, type TestStore } from './test-helpers';

let db: TestStore;
beforeAll(async () => {
  db = await openTestStore();
}, OPEN_TIMEOUT_MS);
afterAll(() => db.dispose(), OPEN_TIMEOUT_MS);

const long = (length: number) => 'a'.repeat(length);

/** Each bad answer and the JSON Pointer its 400 must name. */
const badAnswers: Array<[string, Record<string, unknown>, string]> = [
  ['unknown kind', { kind: 'stars' }, '/kind'],
  ['missing kind', { kind: undefined }, '/kind'],
  ['score above the NPS scale', { score: 11 }, '/score'],
  ['score below the NPS scale', { score: -1 }, '/score'],
  ['fractional score', { score: 7.5 }, '/score'],
  ['score as a string', { score: '9' }, '/score'],
  ['score too large to be finite (1e400 reads as Infinity)', { score: 'INFINITY' }, '/score'],
  ['CSAT score 0 (scale 1–5)', { kind: 'csat', scale: { min: 1, max: 5 }, score: 0 }, '/score'],
  ['CES score 8 (scale 1–7)', { kind: 'ces', scale: { min: 1, max: 7 }, score: 8 }, '/score'],
  ['helpful score 2', { kind: 'helpful', scale: { min: 0, max: 1 }, score: 2 }, '/score'],
  ['NPS on a 1–10 scale', { scale: { min: 1, max: 10 } }, '/scale/min'],
  ['CSAT on the NPS scale', { kind: 'csat', scale: { min: 0, max: 10 }, score: 4 }, '/scale/min'],
  ['reversed scale', { scale: { min: 0, max: 10, reversed: true } }, '/scale/reversed'],
  ['unknown field in the scale', { scale: { min: 0, max: 10, step: 1 } }, '/scale/step'],
  ['id not a UUID', { id: 'answer-1' }, '/id'],
  ['missing id', { id: undefined }, '/id'],
  ['createdAt not a date', { createdAt: 'yesterday' }, '/createdAt'],
  ['createdAt without a time zone', { createdAt: '2026-12-01T10:00:00' }, '/createdAt'],
  ['createdAt on 30 February', { createdAt: '2026-02-30T10:00:00Z' }, '/createdAt'],
  ['createdAt on 29 February of a common year', { createdAt: '2027-02-29T10:00:00Z' }, '/createdAt'],
  ['locale not a language tag', { locale: 'finnish language' }, '/locale'],
  ['missing locale', { locale: undefined }, '/locale'],
  ['unknown top-level field', { email: 'a@b.fi' }, '/email'],
  ['comment over the limit', { comment: long(2001) }, '/comment'],
  ['comment with a NUL character', { comment: 'a\u0000b' }, '/comment'],
  ['touchpoint with a lone surrogate', { touchpoint: 'x\ud800' }, '/touchpoint'],
  ['metadata value an object', { metadata: { nested: { a: 1 } } }, '/metadata/nested'],
  ['metadata value an array', { metadata: { list: [1, 2] } }, '/metadata/list'],
  ['contact channel unknown', { contact: { consent: true, channel: 'pigeon' } }, '/contact/channel'],
  ['contact without consent', { contact: { address: 'a@b.fi' } }, '/contact/consent'],
  ['unknown field in contact', { contact: { consent: true, name: 'Aino' } }, '/contact/name'],
  ['touchpoint a number', { touchpoint: 42 }, '/touchpoint'],
];

describe(`bad input becomes a 400 naming the field, never a row (${testDatabase})`, () => {
  it.each(badAnswers)('%s → 400 naming %s', async (_name, overrides, path) => {
    const handler = handlerOn(db.store);
    const before = await db.store.count();
    const bad = answer(overrides);
    const key = typeof bad.id === 'string' ? bad.id : crypto.randomUUID();
    let body = JSON.stringify(bad);
    if (overrides.score === 'INFINITY') body = body.replace('"INFINITY"', '1e400');
    const response = await handler(postOne(body, { key }));
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const problem = await response.json();
    expect(problem).toMatchObject({ type: 'about:blank', status: 400, title: 'Bad request' });
    expect(problem.errors.map((error: { path: string }) => error.path)).toContain(path);
    expect(await db.store.count()).toBe(before);
  });

  it('counts at least 20 distinct bad inputs', () => {
    expect(new Set(badAnswers.map(([name]) => name)).size).toBeGreaterThanOrEqual(20);
  });

  it('a comment limit can be set', async () => {
    const handler = handlerOn(db.store, { commentMaxLength: 10 });
    const response = await handler(postOne(answer({ comment: long(11) })));
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].path).toBe('/comment');
    expect((await handler(postOne(answer({ comment: long(10) })))).status).toBe(201);
  });

  it('whole-request problems: unparsable JSON, a body that is neither object nor array, a key that is not the id', async () => {
    const handler = handlerOn(db.store);
    const before = await db.store.count();
    expect((await handler(postOne('{"id": ', { key: crypto.randomUUID() }))).status).toBe(400);
    expect((await handler(postOne('42', { key: crypto.randomUUID() }))).status).toBe(400);
    const mismatch = await handler(postOne(answer(), { key: crypto.randomUUID() }));
    expect(mismatch.status).toBe(400);
    expect((await mismatch.json()).errors[0].path).toBe('/id');
    const missing = await handler(postOne(answer(), { key: null }));
    expect(missing.status).toBe(400);
    expect((await missing.json()).errors[0].message).toContain('Idempotency-Key');
    expect(await db.store.count()).toBe(before);
  });

  it('every kind on its standard scale is accepted', async () => {
    const handler = handlerOn(db.store);
    const kinds = [
      { kind: 'nps', scale: { min: 0, max: 10 }, score: 0 },
      { kind: 'csat', scale: { min: 1, max: 5 }, score: 5 },
      { kind: 'ces', scale: { min: 1, max: 7 }, score: 1 },
      { kind: 'emotion', scale: { min: 1, max: 5 }, score: 3 },
      { kind: 'helpful', scale: { min: 0, max: 1, reversed: false }, score: 1 },
    ];
    for (const fields of kinds) {
      const full = answer({ ...fields, locale: 'sv-FI', createdAt: '2026-12-01T12:00:00+02:00', metadata: { a: 1, b: null, c: true, d: 'x' } });
      expect((await handler(postOne(full))).status).toBe(201);
    }
  });
});
