import { describe, expect, it } from 'vitest';
import { groupBy, NO_GROUP } from './group';
import { nps } from './nps';
import { ratingsOf } from './test-helpers';
import type { Rating } from './types';

describe('groupBy', () => {
  const ratings: Rating[] = [
    ...ratingsOf({ 10: 25, 0: 5 }, { touchpoint: 'checkout', channel: 'web' }),
    ...ratingsOf({ 8: 20, 3: 20 }, { touchpoint: 'support', channel: 'phone' }),
    ...ratingsOf({ 9: 3 }, { channel: 'web' }), // no touchpoint
    ...ratingsOf({ 2: 2 }, { touchpoint: '  ' }), // blank touchpoint
  ];

  it('scores each group separately, equal to scoring the subset directly', () => {
    const g = groupBy(ratings, 'touchpoint', 'nps');
    expect(Object.keys(g)).toEqual(['checkout', 'support', NO_GROUP]);
    expect(g.checkout).toEqual(nps(ratings.filter((r) => r.touchpoint === 'checkout')));
    expect(g.checkout!.score).toBeCloseTo((100 * (25 - 5)) / 30, 10);
    expect(g.support!.score).toBe(-50);
  });

  it('puts missing, null and blank keys into "(none)" (never dropped) and applies minimumN per group', () => {
    const g = groupBy(ratings, 'touchpoint', 'nps');
    const none = g[NO_GROUP]!;
    expect(none.n).toBe(5);
    expect(none.counts).toEqual({ promoters: 3, passives: 0, detractors: 2 });
    expect(none.suppressed).toBe(true);
    const total = Object.values(g).reduce((sum, r) => sum + r.n, 0);
    expect(total).toBe(ratings.length);
  });

  it('passes options through (minimumN, interval) and works for every metric', () => {
    const g = groupBy(ratings, 'touchpoint', 'nps', { minimumN: 5, interval: 'wald' });
    expect(g[NO_GROUP]!.suppressed).toBe(false);
    expect(g.checkout!.method).toBe('wald');
    const c = groupBy([{ score: 5, channel: 'web' }, { score: 2 }], 'channel', 'csat', { minimumN: 1 });
    expect(c.web!.score).toBe(100);
    expect(c[NO_GROUP]!.score).toBe(0);
    const e = groupBy([{ score: 7, locale: 'fi' }, { score: 1, locale: 'sv' }], 'locale', 'ces', { minimumN: 1 });
    expect(e.fi!.score).toBe(7);
    expect(e.sv!.score).toBe(1);
  });

  it('validates the whole input first, with indexes into the original array', () => {
    const bad: Rating[] = [{ score: 10, segment: 'a' }, { score: 3, segment: 'b' }, { score: 42, segment: 'a' }];
    expect(() => groupBy(bad, 'segment', 'nps')).toThrow('nps: rating[2].score = 42 is outside 0–10');
    expect(() => groupBy([], 'segment', 'nps')).toThrow(/empty set/);
  });

  it('rejects non-string group values, the reserved "(none)" value and unknown keys', () => {
    expect(() => groupBy([{ score: 5, segment: 7 as unknown as string }], 'segment', 'csat')).toThrow(
      'csat: rating[0].segment = 7 is not a string',
    );
    expect(() => groupBy([{ score: 5, segment: '(none)' }], 'segment', 'csat')).toThrow(/reserved/);
    expect(() => groupBy([{ score: 5 }], 'colour' as never, 'csat')).toThrow(/must be one of touchpoint, channel, segment, locale/);
  });

  it('handles awkward group names like "__proto__" as ordinary keys', () => {
    const g = groupBy([{ score: 5, segment: '__proto__' }], 'segment', 'csat', { minimumN: 1 });
    expect(Object.keys(g)).toEqual(['__proto__']);
    expect(g['__proto__']!.n).toBe(1);
  });
});
