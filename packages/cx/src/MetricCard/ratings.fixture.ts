import type { Rating } from '@polku/cx/metrics';

/** Builds ratings from a score → count table, for tests and stories. */
export function ratings(counts: Record<number, number>): Rating[] {
  return Object.entries(counts).flatMap(([score, count]) => Array.from({ length: count }, () => ({ score: Number(score) })));
}
