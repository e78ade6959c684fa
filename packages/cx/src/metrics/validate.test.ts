import { describe, expect, it } from 'vitest';
import { ces } from './ces';
import { csat } from './csat';
import { nps } from './nps';
import type { Rating } from './types';
import { MetricsInputError } from './validate';

function caught(fn: () => unknown): MetricsInputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof MetricsInputError) return e;
    throw e;
  }
  throw new Error('expected a MetricsInputError');
}

const ok = (score: number): Rating => ({ score });

describe('input validation', () => {
  it('rejects an out-of-range NPS score, naming index, value and range', () => {
    const e = caught(() => nps([ok(1), ok(5), ok(9), ok(11)]));
    expect(e.message).toBe('nps: rating[3].score = 11 is outside 0–10');
    expect(e).toMatchObject({ name: 'MetricsInputError', code: 'out-of-range', kind: 'nps', index: 3, value: 11, invalidCount: 1 });
    expect(e).toBeInstanceOf(Error);
  });

  it('rejects below-range scores for each scale', () => {
    expect(() => nps([ok(-1)])).toThrow('nps: rating[0].score = -1 is outside 0–10');
    expect(() => csat([ok(0)])).toThrow('csat: rating[0].score = 0 is outside 1–5');
    expect(() => csat([ok(6)])).toThrow('csat: rating[0].score = 6 is outside 1–5');
    expect(() => ces([ok(3), ok(8)])).toThrow('ces: rating[1].score = 8 is outside 1–7');
    expect(() => ces([ok(0)])).toThrow('ces: rating[0].score = 0 is outside 1–7');
  });

  it('rejects non-integers', () => {
    expect(() => csat([ok(4), ok(4.5)])).toThrow('csat: rating[1].score = 4.5 is not an integer (allowed: integers 1–5)');
  });

  it('rejects NaN and infinities', () => {
    expect(() => nps([ok(Number.NaN)])).toThrow('nps: rating[0].score = NaN is not a finite number (allowed: integers 0–10)');
    expect(() => ces([ok(Infinity)])).toThrow('ces: rating[0].score = Infinity is not a finite number (allowed: integers 1–7)');
  });

  it('rejects non-number scores, including numeric strings', () => {
    const bad = [{ score: '7' }, { score: null }, {}] as unknown as Rating[];
    expect(() => nps([bad[0]!])).toThrow('nps: rating[0].score = "7" (string) is not a number (allowed: integers 0–10)');
    expect(() => nps([bad[1]!])).toThrow('nps: rating[0].score = null is not a number');
    expect(() => nps([bad[2]!])).toThrow('nps: rating[0].score = undefined is not a number');
  });

  it('rejects entries that are not records', () => {
    const bad = [7, null] as unknown as Rating[];
    expect(() => nps(bad)).toThrow('nps: rating[0] is 7, expected an object with a numeric score (allowed: integers 0–10) (and 1 more invalid rating)');
  });

  it('names the first invalid rating and counts the rest', () => {
    const e = caught(() => nps([ok(5), ok(12), ok(3), ok(-2), ok(0.5)]));
    expect(e.index).toBe(1);
    expect(e.invalidCount).toBe(3);
    expect(e.message).toBe('nps: rating[1].score = 12 is outside 0–10 (and 2 more invalid ratings)');
  });

  it('rejects the empty set instead of scoring it', () => {
    for (const fn of [nps, csat, ces]) {
      const e = caught(() => fn([]));
      expect(e.code).toBe('empty');
      expect(e.message).toMatch(/no ratings given; an empty set cannot be scored/);
    }
  });

  it('rejects a non-array', () => {
    expect(() => nps(undefined as unknown as Rating[])).toThrow('nps: expected an array of ratings, got undefined');
  });

  it('never silently counts or drops: one bad rating rejects the whole call', () => {
    const ratings = [...Array.from({ length: 100 }, () => ok(10)), ok(11)];
    expect(() => nps(ratings)).toThrow(MetricsInputError);
  });

  it('accepts boundary values', () => {
    expect(nps([ok(0), ok(10)], { minimumN: 0 }).n).toBe(2);
    expect(csat([ok(1), ok(5)], { minimumN: 0 }).n).toBe(2);
    expect(ces([ok(1), ok(7)], { minimumN: 0 }).n).toBe(2);
  });
});
