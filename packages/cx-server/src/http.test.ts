// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFetchTransport, createMemoryOutboxStore, createOutbox } from '@polku/cx';
import { createFeedbackHandler } from './handler';
import { answer, BASE, handlerOn, OPEN_TIMEOUT_MS, openTestStore, postBatch, postOne, testDatabase, type TestStore } from './test-helpers';

let db: TestStore;
beforeAll(async () => {
  db = await openTestStore();
}, OPEN_TIMEOUT_MS);
afterAll(() => db.dispose(), OPEN_TIMEOUT_MS);

describe(`whole-request statuses (${testDatabase})`, () => {
  it('413 for a body over the limit, declared or streamed, and nothing is stored', async () => {
    const handler = handlerOn(db.store);
    const before = await db.store.count();
    const big = JSON.stringify(answer({ comment: 'x'.repeat(70_000) }));
    expect(new TextEncoder().encode(big).byteLength).toBeGreaterThan(64 * 1024);
    expect((await handler(postOne(big, { key: crypto.randomUUID() }))).status).toBe(413);
    const small = handlerOn(db.store, { bodyLimitBytes: 100 });
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(JSON.stringify(answer())));
        controller.close();
      },
    });
    const chunked = new Request(`${BASE}/v1/feedback`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(chunked.headers.get('content-length')).toBeNull();
    const response = await small(chunked);
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await db.store.count()).toBe(before);
  });

  it('a batch of 1..100 answers; an empty batch or 101 answers is a 400 for the whole request', async () => {
    const handler = handlerOn(db.store, { bodyLimitBytes: 1024 * 1024 });
    expect((await handler(postBatch([]))).status).toBe(400);
    const tooMany = await handler(postBatch(Array.from({ length: 101 }, () => answer())));
    expect(tooMany.status).toBe(400);
    expect((await handler(postBatch([answer()], { 'Idempotency-Key': crypto.randomUUID() }))).status).toBe(400);
    const full = await handler(postBatch(Array.from({ length: 100 }, () => answer())));
    expect(full.status).toBe(200);
    expect((await full.json()).results).toHaveLength(100);
  });

  it('415 for another content type; text/plain (sendBeacon) takes the key from ?idempotencyKey=', async () => {
    const handler = handlerOn(db.store);
    const one = answer();
    const form = new Request(`${BASE}/v1/feedback`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Idempotency-Key': one.id },
      body: JSON.stringify(one),
    });
    expect((await handler(form)).status).toBe(415);
    const none = new Request(`${BASE}/v1/feedback`, { method: 'POST', body: new Uint8Array([123, 125]) });
    expect((await handler(none)).status).toBe(415);
    const beacon = new Request(`${BASE}/v1/feedback?idempotencyKey=${one.id}`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain;charset=UTF-8' },
      body: JSON.stringify(one),
    });
    expect((await handler(beacon)).status).toBe(201);
  });

  it('429 with Retry-After over the rate, per client, and again after the window', async () => {
    let now = 1_000_000;
    const handler = createFeedbackHandler({ store: db.store, rateLimit: { limit: 3, windowMs: 10_000 }, clock: () => now });
    const send = (clientAddress: string) => handler(postOne(answer()), { clientAddress });
    for (let i = 0; i < 3; i += 1) expect((await send('10.0.0.1')).status).toBe(201);
    now += 2_500;
    const limited = await send('10.0.0.1');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('8');
    expect((await send('10.0.0.2')).status).toBe(201);
    now += 7_500;
    expect((await send('10.0.0.1')).status).toBe(201);
  });

  it('/healthz is 503 until the migrations ran, then 200', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const pending = { ...db.store, isReady: () => false, ready: gate.then(() => []) };
    const handler = handlerOn(pending);
    const before = await handler(new Request(`${BASE}/healthz`));
    expect(before.status).toBe(503);
    release();
    const after = await handlerOn(db.store)(new Request(`${BASE}/healthz`));
    expect(after.status).toBe(200);
    expect(await after.json()).toEqual({ ok: true });
  });

  it('404 for an unknown route and 405 for a wrong method', async () => {
    const handler = handlerOn(db.store);
    expect((await handler(new Request(`${BASE}/v2/feedback`))).status).toBe(404);
    const get = await handler(new Request(`${BASE}/v1/feedback`));
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
  });

  it('mounts under a base path', async () => {
    const handler = handlerOn(db.store, { basePath: '/api/cx' });
    const one = answer();
    const request = new Request(`${BASE}/api/cx/v1/feedback`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': one.id },
      body: JSON.stringify(one),
    });
    expect((await handler(request)).status).toBe(201);
  });

  it('a store failure is a 500 (retried by clients), never a crash', async () => {
    const errors: unknown[] = [];
    const broken = { ...db.store, insert: () => Promise.reject(new Error('connection lost')) };
    const handler = createFeedbackHandler({ store: broken, rateLimit: false, onError: (error) => errors.push(error) });
    const response = await handler(postOne(answer()));
    expect(response.status).toBe(500);
    expect(errors).toHaveLength(1);
  });
});

describe(`CORS allow-list (${testDatabase})`, () => {
  const allowed = 'https://www.pankki.example';
  const handlerWithCors = () => handlerOn(db.store, { allowedOrigins: [allowed] });

  it('answers the preflight of an allowed origin with the protocol headers', async () => {
    const response = await handlerWithCors()(
      new Request(`${BASE}/v1/feedback`, {
        method: 'OPTIONS',
        headers: { Origin: allowed, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,idempotency-key' },
      }),
    );
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(allowed);
    expect(response.headers.get('access-control-allow-headers')).toMatch(/Idempotency-Key/);
    expect(response.headers.get('access-control-allow-headers')).toMatch(/Content-Type/);
    expect(response.headers.get('access-control-allow-methods')).toMatch(/POST/);
    expect(response.headers.get('vary')).toBe('Origin');
  });

  it('lets an allowed origin post and read the status (Retry-After exposed)', async () => {
    const response = await handlerWithCors()(postOne(answer(), { headers: { Origin: allowed } }));
    expect(response.status).toBe(201);
    expect(response.headers.get('access-control-allow-origin')).toBe(allowed);
    expect(response.headers.get('access-control-expose-headers')).toBe('Retry-After');
  });

  it('refuses another origin (403, no CORS headers, nothing stored), preflight included', async () => {
    const before = await db.store.count();
    const denied = await handlerWithCors()(postOne(answer(), { headers: { Origin: 'https://evil.example' } }));
    expect(denied.status).toBe(403);
    expect(denied.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await handlerWithCors()(
      new Request(`${BASE}/v1/feedback`, {
        method: 'OPTIONS',
        headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
      }),
    );
    expect(preflight.status).toBe(403);
    expect(await db.store.count()).toBe(before);
  });

  it('same-origin requests and requests without Origin need no allow-list', async () => {
    const handler = handlerOn(db.store);
    expect((await handler(postOne(answer(), { headers: { Origin: BASE } }))).status).toBe(201);
    expect((await handler(postOne(answer()))).status).toBe(201);
  });
});

describe(`a small body limit and the real client outbox (${testDatabase})`, () => {
  it('a batch over the limit is halved by the client until it fits; a single answer over it is kept as refused', async () => {
    const limit = 2048;
    const handler = handlerOn(db.store, { bodyLimitBytes: limit });
    const statuses: number[] = [];
    const viaHandler = (async (url: string, init: RequestInit) => {
      const response = await handler(new Request(url, { method: init.method, headers: init.headers, body: init.body }));
      statuses.push(response.status);
      return response;
    }) as typeof fetch;
    const transport = createFetchTransport(`${BASE}/v1/feedback`, { fetch: viaHandler, batch: true });
    const store = createMemoryOutboxStore('device');
    const outbox = createOutbox({ transport, store, broadcast: null, locks: null, page: { hiding: () => false, onHide: () => () => {} } });
    const touchpoint = `body-limit/${crypto.randomUUID()}`;
    const fitting = Array.from({ length: 24 }, () => answer({ touchpoint, comment: 'Nopea ja selkeä maksu. '.repeat(10) }));
    const tooBig = answer({ touchpoint, comment: 'x'.repeat(1990) });
    expect(new TextEncoder().encode(JSON.stringify(tooBig)).byteLength).toBeGreaterThan(limit);
    for (const one of [...fitting, tooBig]) {
      await store.put({ id: one.id, endpoint: transport.endpoint!, response: one, attempts: 0, nextAttemptAt: 0, state: 'pending' });
    }
    await outbox.drain();
    outbox.dispose();

    const stored = (await db.store.exportPage({ touchpoint }, undefined, 100)).map((row) => row.answer.id);
    expect(stored.sort()).toEqual(fitting.map((one) => one.id).sort());
    expect(statuses).toContain(413);
    expect(statuses.filter((status) => status !== 413 && status !== 200 && status !== 201)).toEqual([]);
    expect(await store.list(transport.endpoint!)).toMatchObject([{ id: tooBig.id, state: 'failed', lastError: 'HTTP 413' }]);
  });
});
