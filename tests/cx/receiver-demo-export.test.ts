// @vitest-environment node
/**
 * The "CX/Measured from the receiver" page shows numbers from docs/cx/receiver-demo/receiver-export.ndjson. These
 * tests seed a fresh receiver with the same script and check that (1) the committed file is byte for byte what the
 * receiver exports now, and (2) what the page computes from that file equals the receiver's own GET /v1/metrics.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedbackHandler } from '@polku/cx-server';
import { OPEN_TIMEOUT_MS, openTestStore, type TestStore } from '../../packages/cx-server/src/test-helpers';
import { demoJourney, npsTouchpoint } from '../../docs/cx/receiver-demo/journey';
import { measuredFromExport, parseExport } from '../../docs/cx/receiver-demo/measured';
import { readRoute, seedReceiver } from '../../docs/cx/receiver-demo/seed';
import { DEMO_EXPORT_FILE } from './seed-demo-export';

let db: TestStore;
let handler: FeedbackHandler;
let exported: string;
const committed = readFileSync(DEMO_EXPORT_FILE, 'utf8');

beforeAll(async () => {
  db = await openTestStore();
  ({ handler } = await seedReceiver(db.store));
  exported = await readRoute(handler, '/v1/export');
}, OPEN_TIMEOUT_MS);

afterAll(async () => {
  await db?.dispose();
});

const metricsOf = async (query: string) => JSON.parse(await readRoute(handler, `/v1/metrics?${query}`)).metrics;

describe('demo receiver export', () => {
  it('the committed export is exactly what the seeded receiver exports now', () => {
    // On a difference, re-run `pnpm exec tsx tests/cx/seed-demo-export.ts` and commit the file.
    expect(exported.length).toBeGreaterThan(0);
    expect(committed).toBe(exported);
  });

  it('has a few hundred answers of every kind, on every touchpoint of the journey', () => {
    const answers = parseExport(committed);
    expect(answers.length).toBeGreaterThanOrEqual(300);
    const kinds = new Set(answers.map((a) => a.kind));
    expect([...kinds].sort()).toEqual(['ces', 'csat', 'emotion', 'nps']);
    const touchpoints = new Set(answers.map((a) => a.touchpoint));
    for (const stage of demoJourney) for (const t of stage.touchpoints) expect(touchpoints).toContain(t.touchpoint);
    expect(touchpoints).toContain(npsTouchpoint);
  });
});

describe('the page computes what the receiver reports', () => {
  it("the page's NPS equals GET /v1/metrics NPS for the same data", async () => {
    const page = measuredFromExport(parseExport(committed));
    const { nps } = await metricsOf('kind=nps');
    expect(page.nps.suppressed).toBe(false);
    expect(page.nps).toEqual(nps);
  });

  it("the JourneyMap's measured CSAT per touchpoint equals GET /v1/metrics?touchpoint=… CSAT", async () => {
    const page = measuredFromExport(parseExport(committed));
    const measuredPoints = page.stages.flatMap((stage) => stage.touchpoints);
    expect(measuredPoints).toHaveLength(demoJourney.flatMap((stage) => stage.touchpoints).length);
    for (const row of page.touchpoints) {
      const { csat, ces } = await metricsOf(`touchpoint=${encodeURIComponent(row.touchpoint.touchpoint)}`);
      expect(row.csat).toEqual(csat);
      if (row.ces) expect(row.ces).toEqual(ces);
      const point = measuredPoints.find((p) => p.id === row.touchpoint.id)!;
      expect(point.measured).toEqual(csat.suppressed ? undefined : { kind: 'csat', score: csat.score, n: csat.n });
    }
  });
});
