/**
 * The seeded answers of the "CX/Measured from the receiver" page, and how they go through the real receiver. Nothing
 * on that page is typed in by hand: the numbers come from
 *
 *   seeded answers → POST /v1/feedback (createFeedbackHandler on PGlite) → GET /v1/export → receiver-export.ndjson
 *   → @polku/cx/metrics on the page.
 *
 * Deterministic: scores, times, locales and ids come from fast-check's seeded generator (SEED), so the export is
 * byte-stable. tests/cx/seed-demo-export.ts runs this against a fresh receiver and writes the file;
 * tests/cx/receiver-demo-export.test.ts does the same and compares with the committed file.
 *
 * After changing the journey, the model or SEED:
 *   pnpm exec tsx tests/cx/seed-demo-export.ts
 *
 * No Node built-ins here (every module under docs/ must be safe for Storybook's browser bundle); the receiver and
 * PGlite are Node-only, so only Node code (the writer and the test) imports this file.
 */
import fc from 'fast-check';
import {
  createFeedbackHandler,
  MAX_BATCH_SIZE,
  type BatchEntryResult,
  type FeedbackHandler,
  type FeedbackResponse,
  type FeedbackStore,
} from '@polku/cx-server';
import { demoJourney, npsTouchpoint } from './journey';

/** The generator's seed. Changing it changes every answer (and so the committed export). */
export const SEED = 20_260_803;
/** Simulated customers who move home and go through the journey. */
export const CUSTOMERS = 150;
/** Bearer token of the seeded receiver's read routes (a local, throw-away receiver). */
export const DEMO_READ_TOKEN = 'demo-read-token';
const BASE = 'http://receiver.demo';
/** First customer's first answer: Monday 3 August 2026, 06:00 UTC (09:00 in Helsinki). */
const START = Date.UTC(2026, 7, 3, 6, 0, 0);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type Kind = 'csat' | 'emotion' | 'ces';
type Weights = readonly number[];

/**
 * How each touchpoint answers: score weights per question kind (index 0 = the scale's minimum) and which kind a
 * prompt there asks. Tuned so the map has a story: a smooth contract online, a first bill that disappoints.
 */
const model: Record<string, { ask: Partial<Record<Kind, number>>; csat: Weights; emotion: Weights; ces?: Weights }> = {
  'price-comparison': { ask: { csat: 0.55, emotion: 0.45 }, csat: [2, 4, 10, 40, 44], emotion: [1, 4, 14, 45, 36] },
  'online-contract': {
    ask: { csat: 0.4, emotion: 0.3, ces: 0.3 },
    csat: [3, 6, 14, 42, 35],
    emotion: [2, 6, 18, 44, 30],
    ces: [2, 3, 5, 8, 20, 32, 30],
  },
  confirmation: { ask: { csat: 0.55, emotion: 0.45 }, csat: [1, 3, 8, 38, 50], emotion: [1, 2, 12, 45, 40] },
  chat: {
    ask: { csat: 0.4, emotion: 0.3, ces: 0.3 },
    csat: [8, 14, 22, 34, 22],
    emotion: [7, 15, 30, 30, 18],
    ces: [5, 8, 12, 15, 25, 20, 15],
  },
  'first-bill': { ask: { csat: 0.55, emotion: 0.45 }, csat: [18, 22, 24, 24, 12], emotion: [20, 26, 26, 20, 8] },
  'billing-call': { ask: { csat: 0.55, emotion: 0.45 }, csat: [6, 10, 20, 38, 26], emotion: [5, 10, 25, 38, 22] },
};
/** NPS 0–10 weights, shifted by how the customer's first bill went. */
const npsWeights: Weights = [3, 2, 2, 3, 4, 6, 8, 12, 16, 22, 22];
/** Chance that a customer is prompted at a touchpoint, and answers the NPS question after the first bill. */
const PROMPTED = 0.75;
const ANSWERS_NPS = 0.65;
/** Hours from the previous touchpoint: [at least, at most]. */
const gapHours: Record<string, readonly [number, number]> = {
  'price-comparison': [0, 0],
  'online-contract': [0.2, 48],
  confirmation: [0.02, 0.2],
  chat: [3 * 24, 14 * 24],
  'first-bill': [20 * 24, 40 * 24],
  'billing-call': [24, 5 * 24],
};
const locales = [
  ['fi', 0.82],
  ['sv', 0.1],
  ['en', 0.08],
] as const;
type Locale = (typeof locales)[number][0];
/** A few free-text comments, as customers write them, by locale and mood (generic, so they fit any touchpoint). */
const comments: Record<Locale, { low: readonly string[]; high: readonly string[] }> = {
  fi: {
    low: ['Liian monta vaihetta.', 'Jouduin odottamaan pitkään.', 'En saanut vastausta kysymykseeni.'],
    high: ['Sujui hyvin, kiitos!', 'Helppoa ja nopeaa.', 'Selkeät ohjeet.'],
  },
  sv: {
    low: ['För många steg.', 'Jag fick vänta länge.'],
    high: ['Det gick smidigt, tack!', 'Enkelt och snabbt.'],
  },
  en: {
    low: ['Too many steps.', 'I had to wait a long time.'],
    high: ['It went well, thank you!', 'Quick and easy.'],
  },
};
const scales: Record<Kind | 'nps', { min: number; max: number }> = {
  nps: { min: 0, max: 10 },
  csat: { min: 1, max: 5 },
  emotion: { min: 1, max: 5 },
  ces: { min: 1, max: 7 },
};

/** Uniform numbers in [0, 1) from fast-check's seeded generator, without its bias towards edge values. */
function randomStream(seed: number, count = 20_000): () => number {
  const values = fc.sample(fc.noBias(fc.integer({ min: 0, max: 2 ** 31 - 1 })), { seed, numRuns: count });
  let next = 0;
  return () => {
    if (next >= values.length) throw new Error('seed-demo-export: the random stream ran out; raise its count');
    return values[next++]! / 2 ** 31;
  };
}

/** An index drawn with the given weights. */
function weighted(random: () => number, weights: Weights): number {
  const total = weights.reduce((sum, w) => sum + w, 0);
  let left = random() * total;
  for (let i = 0; i < weights.length; i++) {
    left -= weights[i]!;
    if (left < 0) return i;
  }
  return weights.length - 1;
}

type Draft = Omit<FeedbackResponse, 'id'>;

/** The seeded answers, oldest customer first, each without its id yet. */
function draftAnswers(): Draft[] {
  const random = randomStream(SEED);
  const drafts: Draft[] = [];
  for (let customer = 0; customer < CUSTOMERS; customer++) {
    const locale = locales[weighted(random, locales.map(([, share]) => share))]![0];
    // Customers start spread over four weeks, in office hours (06:00–14:00 UTC is 09:00–17:00 in Helsinki).
    let at = START + Math.floor(random() * 28) * DAY + Math.floor(random() * 8 * HOUR);
    let firstBillLow = false;
    const add = (kind: Kind | 'nps', score: number, touchpoint: string, channel: string, journeyStep: string) => {
      const comment = random() < 0.12 ? pick(random, score <= scales[kind].min + (kind === 'nps' ? 6 : 1) ? comments[locale].low : comments[locale].high) : undefined;
      drafts.push({
        kind,
        scale: scales[kind],
        score,
        ...(comment ? { comment } : {}),
        touchpoint,
        channel,
        journeyStep,
        locale,
        createdAt: new Date(Math.round(at / 1000) * 1000).toISOString(),
      } as Draft);
    };
    for (const stage of demoJourney) {
      for (const point of stage.touchpoints) {
        const [least, most] = gapHours[point.id]!;
        at += (least + random() * (most - least)) * HOUR;
        const behaviour = model[point.id]!;
        if (random() >= PROMPTED) continue;
        const kinds = Object.keys(behaviour.ask) as Kind[];
        const kind = kinds[weighted(random, kinds.map((k) => behaviour.ask[k]!))]!;
        const score = scales[kind].min + weighted(random, behaviour[kind]!);
        if (point.id === 'first-bill' && kind !== 'ces') firstBillLow = score <= 2;
        add(kind, score, point.touchpoint, point.channel, stage.id);
      }
    }
    if (random() < ANSWERS_NPS) {
      at += DAY;
      // A disappointing first bill pulls the recommendation down by two points.
      const score = Math.max(0, weighted(random, npsWeights) - (firstBillLow ? 2 : 0));
      add('nps', score, npsTouchpoint, 'email', 'first-bill');
    }
  }
  return drafts;
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

/** The seeded answers with their ids (UUID v4 from the seeded generator, unique). */
export function demoAnswers(): FeedbackResponse[] {
  const drafts = draftAnswers();
  const ids = fc.sample(fc.noBias(fc.uuid({ version: 4 })), { seed: SEED + 1, numRuns: drafts.length });
  if (new Set(ids).size !== ids.length) throw new Error('seed-demo-export: two answers got the same id');
  return drafts.map((draft, i) => ({ id: ids[i]!, ...draft }) as FeedbackResponse);
}

/** A receiver on `store` as the demo uses it: fixed clock, no rate limit, the demo read token. */
export function demoHandler(store: FeedbackStore): FeedbackHandler {
  return createFeedbackHandler({
    store,
    rateLimit: false,
    readToken: DEMO_READ_TOKEN,
    clock: () => Date.UTC(2026, 10, 30, 8, 0, 0),
  });
}

/** `GET` a read route of the receiver with the bearer token; the body as text (fails on anything but 200). */
export async function readRoute(handler: FeedbackHandler, pathAndQuery: string): Promise<string> {
  const response = await handler(new Request(`${BASE}${pathAndQuery}`, { headers: { Authorization: `Bearer ${DEMO_READ_TOKEN}` } }));
  const body = await response.text();
  if (response.status !== 200) throw new Error(`seed-demo-export: GET ${pathAndQuery} answered ${response.status}: ${body}`);
  return body;
}

/**
 * Posts the seeded answers to a receiver on `store` (empty, migrations run by the store) in batches of at most
 * MAX_BATCH_SIZE, as the widgets' outbox does, and checks that the receiver created every one.
 */
export async function seedReceiver(store: FeedbackStore): Promise<{ handler: FeedbackHandler; answers: FeedbackResponse[] }> {
  await store.ready;
  const handler = demoHandler(store);
  const answers = demoAnswers();
  const batchSize = Math.min(50, MAX_BATCH_SIZE);
  for (let start = 0; start < answers.length; start += batchSize) {
    const batch = answers.slice(start, start + batchSize);
    const response = await handler(
      new Request(`${BASE}/v1/feedback`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(batch) }),
    );
    const { results } = (await response.json()) as { results: BatchEntryResult[] };
    const refused = results.filter((result) => result.status !== 201);
    if (response.status !== 200 || refused.length > 0) {
      throw new Error(`seed-demo-export: the receiver did not create every answer: ${response.status} ${JSON.stringify(refused.slice(0, 3))}`);
    }
  }
  return { handler, answers };
}

/** Seeds a receiver on `store` and returns its `GET /v1/export` (NDJSON, oldest first). */
export async function seededExport(store: FeedbackStore): Promise<string> {
  const { handler } = await seedReceiver(store);
  return readRoute(handler, '/v1/export');
}
