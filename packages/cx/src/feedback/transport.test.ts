import { describe, expect, it, vi } from 'vitest';
import {
  classifyStatus,
  createBeaconTransport,
  createFetchTransport,
  parseRetryAfter,
  PermanentFeedbackError,
  transportFromSubmit,
} from './transport';
import type { FeedbackResponse } from './types';

const answer: FeedbackResponse = {
  id: '7a1f2c9e-0000-4000-8000-000000000001',
  kind: 'nps',
  scale: { min: 0, max: 10 },
  score: 9,
  locale: 'fi',
  createdAt: '2026-01-01T00:00:00.000Z',
};

const reply = (status: number, headers: Record<string, string> = {}) =>
  ({ status, headers: new Headers(headers) }) as Response;

describe('createFetchTransport', () => {
  it('posts JSON with the response id as Idempotency-Key', async () => {
    const fetchMock = vi.fn(async () => reply(201));
    const send = createFetchTransport('/api/feedback', { fetch: fetchMock as unknown as typeof fetch, headers: { 'X-Api': 'k' } });
    expect(await send(answer)).toEqual({ ok: true });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/feedback');
    expect(init.method).toBe('POST');
    expect(init.headers).toMatchObject({ 'Idempotency-Key': answer.id, 'Content-Type': 'application/json', 'X-Api': 'k' });
    expect(JSON.parse(String(init.body))).toEqual(answer);
  });

  it('classifies network errors, 5xx and 429 as transient and other 4xx as permanent', async () => {
    const failing = createFetchTransport('/x', { fetch: (async () => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch });
    expect(await failing(answer)).toMatchObject({ ok: false, kind: 'transient', reason: 'Failed to fetch' });
    const statuses = async (status: number, headers?: Record<string, string>) =>
      createFetchTransport('/x', { fetch: (async () => reply(status, headers)) as typeof fetch })(answer);
    expect(await statuses(503)).toMatchObject({ kind: 'transient' });
    expect(await statuses(429, { 'Retry-After': '120' })).toEqual({ ok: false, kind: 'transient', reason: 'HTTP 429', retryAfterMs: 120_000 });
    expect(await statuses(400)).toEqual({ ok: false, kind: 'permanent', reason: 'HTTP 400', status: 400 });
    expect(await statuses(409)).toMatchObject({ kind: 'permanent' });
  });

  it('parses Retry-After as seconds or an HTTP date', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:01:00 GMT', Date.UTC(2026, 0, 1))).toBe(60_000);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(classifyStatus(204)).toEqual({ ok: true });
  });
});

describe('createBeaconTransport', () => {
  it('sends the id in the URL and reports a refused beacon as transient', async () => {
    const sendBeacon = vi.fn(() => true);
    expect(await createBeaconTransport('/b?x=1', { sendBeacon })(answer)).toEqual({ ok: true });
    expect(sendBeacon).toHaveBeenCalledWith(`/b?x=1&idempotencyKey=${answer.id}`, expect.anything());
    expect(await createBeaconTransport('/b', { sendBeacon: () => false })(answer)).toMatchObject({ kind: 'transient' });
  });
});

describe('transportFromSubmit', () => {
  it('maps resolve to sent, reject to transient and PermanentFeedbackError to permanent', async () => {
    expect(await transportFromSubmit(async () => undefined)(answer)).toEqual({ ok: true });
    expect(await transportFromSubmit(async () => Promise.reject(new Error('down')))(answer)).toMatchObject({ kind: 'transient' });
    expect(
      await transportFromSubmit(async () => {
        throw new PermanentFeedbackError('invalid', 422);
      })(answer),
    ).toEqual({ ok: false, kind: 'permanent', reason: 'invalid', status: 422 });
  });
});
