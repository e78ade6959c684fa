/**
 * No-data-loss proof for the feedback outbox: a deterministic simulation (seeded PRNG, fake clock, in-memory storage
 * that survives simulated reloads) of more than 1,000 submissions through random failures, lost responses, 429s,
 * offline spells, reloads and two tabs. The fake server deduplicates by id like an idempotent endpoint and also counts
 * raw deliveries. The same assertion is shown to catch a dropping outbox, an outbox that does not persist, and a server
 * that does not deduplicate.
 */
import { describe, expect, it } from 'vitest';
import {
  createKeyValueOutboxStore,
  createMemoryStorage,
  createOutbox,
  type EnumerableStorage,
  type FeedbackResponse,
  type FeedbackTransport,
  type Scheduler,
} from '@polku/cx';
import { FakeScheduler, seededRandom } from '../packages/cx/src/feedback/test-helpers';

/** The part of an outbox the simulation drives. */
interface OutboxLike {
  enqueue(response: FeedbackResponse): unknown;
  drain(options?: { force?: boolean }): Promise<void>;
  dispose(): void;
}
type OutboxFactory = (deps: {
  storage: EnumerableStorage;
  scheduler: Scheduler;
  transport: FeedbackTransport;
  random: () => number;
}) => OutboxLike;

class FakeServer {
  /** Every request that reached the server, duplicates included. */
  rawDeliveries = 0;
  /** What the server counted as responses. */
  readonly recorded: FeedbackResponse[] = [];
  private readonly seen = new Set<string>();
  constructor(private readonly dedupe: boolean) {}
  receive(response: FeedbackResponse): void {
    this.rawDeliveries += 1;
    if (this.dedupe && this.seen.has(response.id)) return; // idempotent: same id, same result, counted once
    this.seen.add(response.id);
    this.recorded.push(response);
  }
}

interface SimulationResult {
  submittedIds: string[];
  server: FakeServer;
  storage: EnumerableStorage;
  reloads: number;
  offlineSpells: number;
  failures: Record<string, number>;
  doubleClicks: number;
}

interface SimulationOptions {
  seed: number;
  submissions: number;
  makeOutbox: OutboxFactory;
  dedupe?: boolean;
  /** Replace storage on reload (an outbox that only keeps entries in memory). */
  freshStorageOnReload?: boolean;
}

function response(id: string, index: number, createdAt: number): FeedbackResponse {
  return {
    id,
    kind: 'nps',
    scale: { min: 0, max: 10 },
    score: index % 11,
    touchpoint: 'checkout/payment',
    channel: 'web',
    locale: 'fi',
    createdAt: new Date(createdAt).toISOString(),
  };
}

async function simulate(options: SimulationOptions): Promise<SimulationResult> {
  const random = seededRandom(options.seed);
  const clock = new FakeScheduler(Date.UTC(2026, 0, 1));
  let storage: EnumerableStorage = createMemoryStorage();
  const server = new FakeServer(options.dedupe ?? true);
  const failures: Record<string, number> = { network: 0, http503: 0, http429: 0, lostResponse: 0, offline: 0 };
  let offlineUntil = -1;
  let networkHealthy = false;

  const transport: FeedbackTransport = (r) =>
    new Promise((resolve) => {
      const latency = 20 + Math.floor(random() * 400);
      if (clock.now() < offlineUntil) {
        failures.offline! += 1;
        clock.setTimeout(() => resolve({ ok: false, kind: 'transient', reason: 'offline' }), 5);
        return;
      }
      const roll = networkHealthy ? 1 : random();
      if (roll < 0.12) {
        failures.network! += 1;
        clock.setTimeout(() => resolve({ ok: false, kind: 'transient', reason: 'network error' }), latency);
      } else if (roll < 0.2) {
        failures.http503! += 1;
        clock.setTimeout(() => resolve({ ok: false, kind: 'transient', reason: 'HTTP 503' }), latency);
      } else if (roll < 0.25) {
        failures.http429! += 1;
        clock.setTimeout(() => resolve({ ok: false, kind: 'transient', reason: 'HTTP 429', retryAfterMs: 3000 }), latency);
      } else if (roll < 0.35) {
        // The request reaches the server, but the answer never comes back: the client must retry, the server must dedupe.
        failures.lostResponse! += 1;
        clock.setTimeout(() => server.receive(r), latency / 2);
        clock.setTimeout(() => resolve({ ok: false, kind: 'transient', reason: 'timeout' }), latency);
      } else {
        clock.setTimeout(() => server.receive(r), latency / 2);
        clock.setTimeout(() => resolve({ ok: true }), latency);
      }
    });

  const make = () => options.makeOutbox({ storage, scheduler: clock, transport, random });
  // Two tabs over the same storage; a reload replaces one tab's outbox with a new instance.
  const tabs: OutboxLike[] = [make(), make()];
  const submittedIds: string[] = [];
  let reloads = 0;
  let offlineSpells = 0;
  let doubleClicks = 0;

  for (let i = 0; i < options.submissions; i += 1) {
    await clock.advanceBy(Math.floor(random() * 1500));
    const roll = random();
    if (roll < 0.03) {
      offlineSpells += 1;
      offlineUntil = clock.now() + 5_000 + Math.floor(random() * 60_000);
      const tabsAtStart = tabs;
      clock.setTimeout(() => {
        for (const tab of tabsAtStart) void tab.drain({ force: true }); // the `online` event
      }, offlineUntil - clock.now());
    } else if (roll < 0.08) {
      reloads += 1;
      const which = random() < 0.5 ? 0 : 1;
      tabs[which]!.dispose();
      if (options.freshStorageOnReload) storage = createMemoryStorage();
      tabs[which] = make();
      void tabs[which]!.drain(); // drained on mount
    }
    const id = crypto.randomUUID();
    const r = response(id, i, clock.now());
    const tab = tabs[random() < 0.5 ? 0 : 1]!;
    tab.enqueue(r);
    if (random() < 0.05) {
      doubleClicks += 1;
      tab.enqueue(r); // a double-click submits the same answer object twice
    }
    submittedIds.push(id);
  }

  // The network recovers; let every outbox finish (bounded so a broken outbox cannot hang the test).
  networkHealthy = true;
  offlineUntil = -1;
  for (const tab of tabs) void tab.drain({ force: true });
  for (let guard = 0; guard < 10_000 && clock.pending > 0; guard += 1) {
    await clock.advanceTo(clock.nextAt()!);
  }
  if (process.env.SIM_DEBUG) console.log(JSON.stringify({ seed: options.seed, raw: server.rawDeliveries, failures, reloads, offlineSpells, t: clock.now() - Date.UTC(2026, 0, 1), fired: clock.fired }));
  return { submittedIds, server, storage, reloads, offlineSpells, failures, doubleClicks };
}

/** The no-data-loss property: every submitted response is recorded by the server exactly once, nothing else is. */
function expectEveryResponseExactlyOnce(result: SimulationResult): void {
  const counts = new Map<string, number>();
  for (const r of result.server.recorded) counts.set(r.id, (counts.get(r.id) ?? 0) + 1);
  const missing = result.submittedIds.filter((id) => !counts.has(id));
  const duplicated = [...counts].filter(([, n]) => n > 1).map(([id]) => id);
  const unknown = [...counts.keys()].filter((id) => !result.submittedIds.includes(id));
  expect(missing.length, 'responses lost (never recorded by the server)').toBe(0);
  expect(duplicated.length, 'responses counted more than once').toBe(0);
  expect(unknown.length, 'responses the customer never submitted').toBe(0);
  expect(result.server.recorded).toHaveLength(result.submittedIds.length);
}

// The tabs share one Web Storage (one key per answer) and coordinate through its lease (no Web Locks in jsdom);
// no BroadcastChannel, so the run stays deterministic.
const realOutbox: OutboxFactory = ({ storage, scheduler, transport, random }) =>
  createOutbox({ store: createKeyValueOutboxStore(storage), scheduler, transport, random, locks: null, broadcast: null });

/** A plausible but wrong outbox: sends once and forgets the answer when the send fails. */
const droppingOutbox: OutboxFactory = ({ transport }) => ({
  enqueue(r) {
    void transport(r);
  },
  drain: async () => {},
  dispose() {},
});

describe('feedback outbox: no data loss (deterministic simulation)', () => {
  it('delivers 1,200 submissions exactly once through failures, offline spells, reloads and two tabs', async () => {
    const result = await simulate({ seed: 20261123, submissions: 1200, makeOutbox: realOutbox });
    expectEveryResponseExactlyOnce(result);
    // The run really exercised the hard cases.
    expect(result.reloads).toBeGreaterThan(20);
    expect(result.offlineSpells).toBeGreaterThan(10);
    expect(result.doubleClicks).toBeGreaterThan(10);
    expect(result.failures.lostResponse).toBeGreaterThan(50);
    expect(result.failures.offline).toBeGreaterThan(10);
    // Retries reached the server more than once for some answers; the idempotency key kept the count right.
    expect(result.server.rawDeliveries).toBeGreaterThan(result.submittedIds.length);
    // Nothing is left waiting in storage (one key per answer, `polku.feedback.outbox.<id>`).
    const left = Array.from({ length: result.storage.length }, (_, i) => result.storage.key(i)).filter((k) => k?.startsWith('polku.feedback.outbox.'));
    expect(left).toEqual([]);
  }, 180_000);

  it('holds for other seeds too', async () => {
    for (const seed of [1, 42, 777]) {
      const result = await simulate({ seed, submissions: 150, makeOutbox: realOutbox });
      expectEveryResponseExactlyOnce(result);
    }
  }, 180_000);

  it('is deterministic: the same seed gives the same run', async () => {
    const a = await simulate({ seed: 99, submissions: 150, makeOutbox: realOutbox });
    const b = await simulate({ seed: 99, submissions: 150, makeOutbox: realOutbox });
    expect(a.server.rawDeliveries).toBe(b.server.rawDeliveries);
    expect(a.failures).toEqual(b.failures);
    expect(a.reloads).toBe(b.reloads);
  }, 120_000);

  describe('can fail: the same assertion catches broken variants', () => {
    it('an outbox that drops an answer on failure', async () => {
      const result = await simulate({ seed: 20261123, submissions: 1200, makeOutbox: droppingOutbox });
      expect(() => expectEveryResponseExactlyOnce(result)).toThrow(/responses lost/);
    }, 120_000);

    it('an outbox that does not survive a reload (storage in memory only)', async () => {
      const result = await simulate({ seed: 7, submissions: 400, makeOutbox: realOutbox, freshStorageOnReload: true });
      expect(() => expectEveryResponseExactlyOnce(result)).toThrow(/responses lost/);
    }, 120_000);

    it('a server that does not deduplicate by id', async () => {
      const result = await simulate({ seed: 7, submissions: 300, makeOutbox: realOutbox, dedupe: false });
      expect(() => expectEveryResponseExactlyOnce(result)).toThrow(/counted more than once/);
    }, 120_000);
  });
});
