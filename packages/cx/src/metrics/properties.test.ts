import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ces } from './ces';
import { compare } from './compare';
import { csat } from './csat';
import { nps } from './nps';
import type { NpsIntervalMethod, Rating } from './types';

const npsRatings = (min = 1) => fc.array(fc.integer({ min: 0, max: 10 }).map((score): Rating => ({ score })), { minLength: min, maxLength: 300 });
const csatRatings = fc.array(fc.integer({ min: 1, max: 5 }).map((score): Rating => ({ score })), { minLength: 1, maxLength: 300 });
const cesRatings = fc.array(fc.integer({ min: 1, max: 7 }).map((score): Rating => ({ score })), { minLength: 2, maxLength: 300 });
const method = fc.constantFrom<NpsIntervalMethod>('wald', 'adjusted-wald');
const all = { minimumN: 0 };

describe('properties', () => {
  it('NPS is always within −100…100 and its interval is ordered and within bounds', () => {
    fc.assert(
      fc.property(npsRatings(), method, (rs, interval) => {
        const r = nps(rs, { ...all, interval });
        if (r.suppressed) return false;
        return r.score >= -100 && r.score <= 100 && r.ci.lower <= r.ci.upper && r.ci.lower >= -100 && r.ci.upper <= 100;
      }),
    );
  });

  it('the Wald interval always contains the score', () => {
    fc.assert(
      fc.property(npsRatings(), (rs) => {
        const r = nps(rs, { ...all, interval: 'wald' });
        return !r.suppressed && r.ci.lower <= r.score && r.score <= r.ci.upper;
      }),
    );
  });

  it('the adjusted-Wald interval contains the score for n ≥ 2 (n = 1 is a documented exception)', () => {
    fc.assert(
      fc.property(npsRatings(2), (rs) => {
        const r = nps(rs, all);
        return !r.suppressed && r.ci.lower <= r.score && r.score <= r.ci.upper;
      }),
    );
  });

  it('CSAT and CES intervals contain their estimates', () => {
    fc.assert(
      fc.property(csatRatings, (rs) => {
        const r = csat(rs, all);
        return !r.suppressed && r.ci.lower <= r.score && r.score <= r.ci.upper && r.ci.lower >= 0 && r.ci.upper <= 100;
      }),
    );
    fc.assert(
      fc.property(cesRatings, (rs) => {
        const r = ces(rs, all);
        if (r.suppressed) return false;
        const a = r.agreement;
        return r.ci.lower <= r.score + 1e-12 && r.score <= r.ci.upper + 1e-12 && a.ci.lower <= a.percent && a.percent <= a.ci.upper;
      }),
    );
  });

  it('adding a promoter never lowers NPS', () => {
    fc.assert(
      fc.property(npsRatings(), fc.constantFrom(9, 10), (rs, promoter) => {
        const before = nps(rs, all).score!;
        const after = nps([...rs, { score: promoter }], all).score!;
        return after >= before;
      }),
    );
  });

  it('adding a detractor never raises NPS', () => {
    fc.assert(
      fc.property(npsRatings(), fc.integer({ min: 0, max: 6 }), (rs, detractor) => {
        return nps([...rs, { score: detractor }], all).score! <= nps(rs, all).score!;
      }),
    );
  });

  it('results are invariant under permutation of the ratings', () => {
    const permuted = <T,>(arb: fc.Arbitrary<T[]>) =>
      arb.chain((xs) => fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length, maxLength: xs.length })));
    fc.assert(
      fc.property(permuted(npsRatings()), ([a, b]) => {
        expect(nps(b, all)).toEqual(nps(a, all));
      }),
    );
    fc.assert(
      fc.property(permuted(csatRatings), ([a, b]) => {
        expect(csat(b, all)).toEqual(csat(a, all));
      }),
    );
    fc.assert(
      fc.property(permuted(cesRatings), ([a, b]) => {
        const x = ces(a, all);
        const y = ces(b, all);
        expect(y.counts).toEqual(x.counts);
        // Summation order is fixed (by category), so results are bit-identical.
        expect(y).toEqual(x);
      }),
    );
  });

  it('counts sum to n', () => {
    fc.assert(
      fc.property(npsRatings(), (rs) => {
        const { counts, n } = nps(rs, all);
        return n === rs.length && counts.promoters + counts.passives + counts.detractors === n;
      }),
    );
    fc.assert(
      fc.property(csatRatings, (rs) => {
        const r = csat(rs, all);
        return r.n === rs.length && Object.values(r.counts).reduce((a, b) => a + b, 0) === r.n;
      }),
    );
    fc.assert(
      fc.property(cesRatings, (rs) => {
        const r = ces(rs, all);
        return r.n === rs.length && Object.values(r.counts).reduce((a, b) => a + b, 0) === r.n;
      }),
    );
  });

  const width = (ci: { lower: number; upper: number } | null) => ci!.upper - ci!.lower;
  const repeat = <T,>(xs: T[], k: number): T[] => Array.from({ length: k }, () => xs).flat();

  it('the NPS interval narrows as n grows for the same proportions', () => {
    fc.assert(
      fc.property(npsRatings(), method, fc.integer({ min: 2, max: 10 }), (rs, interval, k) => {
        const small = width(nps(rs, { ...all, interval }).ci);
        const large = width(nps(repeat(rs, k), { ...all, interval }).ci);
        // Wald is exactly 0 wide when all answers fall in one category; otherwise strictly narrower.
        return small === 0 ? large === 0 : large < small;
      }),
    );
  });

  it('the CSAT (Wilson) and CES intervals narrow as n grows for the same proportions', () => {
    fc.assert(
      fc.property(csatRatings, fc.integer({ min: 2, max: 10 }), (rs, k) => {
        return width(csat(repeat(rs, k), all).ci) < width(csat(rs, all).ci);
      }),
    );
    fc.assert(
      fc.property(cesRatings, fc.integer({ min: 2, max: 10 }), (rs, k) => {
        const small = ces(rs, all);
        const large = ces(repeat(rs, k), all);
        if (small.suppressed || large.suppressed) return false;
        // The mean's interval is clamped to the 1–7 scale: two tiny samples can both cover the whole scale (width 6),
        // e.g. [6, 1] and [6, 1, 6, 1]; then the larger one cannot be strictly narrower.
        const coversScale = (ci: { lower: number; upper: number } | null) => width(ci) >= 6 - 1e-9;
        const meanOk =
          small.standardDeviation === 0
            ? width(large.ci) === 0
            : width(large.ci) < width(small.ci) || (coversScale(small.ci) && coversScale(large.ci));
        return meanOk && width(large.agreement.ci) < width(small.agreement.ci);
      }),
    );
  });

  it('a period compared with itself is never a significant change', () => {
    fc.assert(
      fc.property(npsRatings(), method, (rs, interval) => {
        const r = nps(rs, { ...all, interval });
        return !compare(r, r).significant;
      }),
    );
  });
});
