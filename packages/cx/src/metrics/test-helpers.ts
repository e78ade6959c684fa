import type { Rating } from './types';

/**
 * Test helper: builds ratings from `{ score: count }`, e.g. `{ 10: 50, 8: 30, 3: 20 }`.
 * Not exported from the package index.
 */
export function ratingsOf(counts: Record<number, number>, extra: Omit<Rating, 'score'> = {}): Rating[] {
  const out: Rating[] = [];
  for (const [score, count] of Object.entries(counts)) {
    for (let i = 0; i < count; i++) out.push({ score: Number(score), ...extra });
  }
  return out;
}
