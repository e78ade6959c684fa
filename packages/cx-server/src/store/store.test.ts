// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer, handlerOn, OPEN_TIMEOUT_MS, openTestStore, postOne, testDatabase, type TestStore } from '../test-helpers';
import { readMigrations } from './migrate';

let db: TestStore;
beforeAll(async () => {
  db = await openTestStore();
}, OPEN_TIMEOUT_MS);
afterAll(() => db.dispose(), OPEN_TIMEOUT_MS);

const exported = async (store: TestStore['store']) => (await store.exportPage({}, undefined, 1000)).map((row) => row.answer);

describe(`store (${testDatabase})`, () => {
  it('applies the versioned migrations on first start, in order', async () => {
    const files = await readMigrations();
    expect(files.map((file) => file.name)).toEqual(['001_answers']);
    expect(await db.store.ready).toEqual(['001_answers']);
    const applied = await db.store.appliedMigrations();
    expect(applied.map(({ version, name }) => ({ version, name }))).toEqual([{ version: 1, name: '001_answers' }]);
  });

  it(
    'keeps answers across a restart and does not apply the migrations again',
    async () => {
      const one = answer({ contact: { consent: true, channel: 'phone', address: '+358 40 123 4567' } });
      expect((await handlerOn(db.store)(postOne(one))).status).toBe(201);
      const appliedBefore = await db.store.appliedMigrations();
      const reopened = await db.reopen();
      expect(await reopened.ready).toEqual([]);
      expect(await reopened.appliedMigrations()).toEqual(appliedBefore);
      expect(await reopened.count()).toBe(1);
      expect(await exported(reopened)).toEqual([one]);
      expect((await handlerOn(reopened)(postOne(one))).status).toBe(200);
    },
    OPEN_TIMEOUT_MS,
  );

  it('stores contact details apart from the answer and erases them by answer id', async () => {
    const withContact = answer({ contact: { consent: true, channel: 'email', address: 'aino@example.fi' } });
    const handler = handlerOn(db.store);
    await handler(postOne(withContact));
    const row = (await exported(db.store)).find((stored) => stored.id === withContact.id);
    expect(row?.contact).toEqual(withContact.contact);
    expect(await db.store.eraseContact(withContact.id)).toBe(true);
    const erased = (await exported(db.store)).find((stored) => stored.id === withContact.id)!;
    expect(erased.contact).toBeUndefined();
    expect(erased.score).toBe(withContact.score);
    // A late replay of the original is still the same answer, and does not bring the erased details back.
    expect((await handler(postOne(withContact))).status).toBe(200);
    expect((await exported(db.store)).find((stored) => stored.id === withContact.id)!.contact).toBeUndefined();
    expect(await db.store.eraseContact(crypto.randomUUID())).toBe(false);
  });

  it('pages an export by created time without losing or repeating rows (microsecond times kept)', async () => {
    const handler = handlerOn(db.store);
    const times = ['2026-11-02T08:00:00.000001Z', '2026-11-02T08:00:00.000002Z', '2026-11-02T08:00:00.000002Z'];
    const answers = times.map((createdAt) => answer({ createdAt, touchpoint: 'paging' }));
    for (const one of answers) await handler(postOne(one));
    const seen: string[] = [];
    let cursor;
    for (;;) {
      const page = await db.store.exportPage({ touchpoint: 'paging' }, cursor, 1);
      if (page.length === 0) break;
      seen.push(page[0]!.answer.id);
      cursor = page[0]!.cursor;
    }
    expect(seen.sort()).toEqual(answers.map((one) => one.id).sort());
  });
});
