// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer, handlerOn, OPEN_TIMEOUT_MS, openTestStore, postBatch, postOne, testDatabase, type TestStore } from './test-helpers';

let db: TestStore;
beforeAll(async () => {
  db = await openTestStore();
}, OPEN_TIMEOUT_MS);
afterAll(() => db.dispose(), OPEN_TIMEOUT_MS);

describe(`exactly once (${testDatabase})`, () => {
  it('50 parallel deliveries of one answer store one row: one 201 and 49 200', async () => {
    const handler = handlerOn(db.store);
    const before = await db.store.count();
    const one = answer({ comment: 'Nopea maksu', contact: { consent: true, channel: 'email', address: 'a@b.fi' } });
    const responses = await Promise.all(Array.from({ length: 50 }, () => handler(postOne(one))));
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 200)).toHaveLength(49);
    const bodies = await Promise.all(responses.map((response) => response.json()));
    expect(new Set(bodies.map((body) => body.status))).toEqual(new Set(['created', 'duplicate']));
    expect(await db.store.count()).toBe(before + 1);
  });

  it('a replay with the keys in another order is the same answer (200)', async () => {
    const handler = handlerOn(db.store);
    const one = answer({ metadata: { a: 1, b: 'x' } });
    expect((await handler(postOne(one))).status).toBe(201);
    const reordered = Object.fromEntries(Object.entries({ ...one, metadata: { b: 'x', a: 1 } }).reverse());
    expect((await handler(postOne(reordered))).status).toBe(200);
  });

  it('the same id with a different body is a 409 problem, and the first body stays', async () => {
    const handler = handlerOn(db.store);
    const first = answer({ score: 3 });
    expect((await handler(postOne(first))).status).toBe(201);
    const before = await db.store.count();
    const response = await handler(postOne({ ...first, score: 10 }));
    expect(response.status).toBe(409);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect((await response.json()).detail).toContain(first.id);
    expect(await db.store.count()).toBe(before);
    const contactChanged = await handler(postOne({ ...first, contact: { consent: true, channel: 'sms' } }));
    expect(contactChanged.status).toBe(409);
  });

  it('a batch answers per entry, in order: created, duplicate, conflict, invalid, repeated within the batch', async () => {
    const handler = handlerOn(db.store);
    const stored = answer();
    await handler(postOne(stored));
    const fresh = answer({ kind: 'csat', scale: { min: 1, max: 5 }, score: 4 });
    const before = await db.store.count();
    const entries = [fresh, stored, { ...stored, score: 1 }, { ...answer(), score: 42 }, 'not an answer', fresh, { ...fresh, score: 2 }];
    const response = await handler(postBatch(entries));
    expect(response.status).toBe(200);
    const { results } = await response.json();
    expect(results.map((r: { status: number }) => r.status)).toEqual([201, 200, 409, 400, 400, 200, 409]);
    expect(results.map((r: { id: string | null }) => r.id)).toEqual([
      fresh.id,
      stored.id,
      stored.id,
      (entries[3] as { id: string }).id,
      null,
      fresh.id,
      fresh.id,
    ]);
    expect(results[3].problem.errors).toEqual([expect.objectContaining({ path: '/score' })]);
    expect(results[2].problem.status).toBe(409);
    expect(await db.store.count()).toBe(before + 1);
  });

  it('parallel batches sharing answers store each answer once', async () => {
    const handler = handlerOn(db.store);
    const shared = Array.from({ length: 20 }, () => answer());
    const before = await db.store.count();
    const responses = await Promise.all(Array.from({ length: 10 }, () => handler(postBatch(shared))));
    const statuses = (await Promise.all(responses.map((r) => r.json()))).flatMap((body) =>
      body.results.map((r: { status: number }) => r.status),
    );
    expect(statuses.filter((s: number) => s === 201)).toHaveLength(20);
    expect(statuses.filter((s: number) => s === 200)).toHaveLength(180);
    expect(await db.store.count()).toBe(before + 20);
  });
});
