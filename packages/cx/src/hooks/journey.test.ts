import { describe, expect, it } from 'vitest';
import { emotionLevelOf, journeyCurve, resolveStepStates, scoreToEmotionValue } from './journey';

describe('journey model', () => {
  it('maps CSAT and NPS scores onto the emotion scale', () => {
    expect(scoreToEmotionValue({ kind: 'nps', score: 100 })).toBe(2);
    expect(scoreToEmotionValue({ kind: 'nps', score: -20 })).toBe(-0.4);
    expect(scoreToEmotionValue({ kind: 'csat', score: 50 })).toBe(0);
    expect(scoreToEmotionValue({ kind: 'csat', score: 95 })).toBe(1.8);
    expect(emotionLevelOf(1.8)).toBe('very-positive');
    expect(emotionLevelOf(-0.4)).toBe('neutral');
  });

  it('flattens stages into curve points and flags touchpoints a level or more below target', () => {
    const points = journeyCurve([
      {
        id: 'find',
        label: 'Find',
        touchpoints: [
          { id: 'search', label: 'Search', emotionTarget: { label: 'curious', level: 'positive' }, measured: { kind: 'csat', score: 40 } },
        ],
      },
      {
        id: 'apply',
        label: 'Apply',
        touchpoints: [
          { id: 'form', label: 'Form', emotionTarget: { label: 'reassured', level: 'neutral' }, measured: { kind: 'csat', score: 60 } },
          { id: 'call', label: 'Call' },
        ],
      },
    ]);
    expect(points.map((p) => [p.stageId, p.index, p.target, p.belowTarget])).toEqual([
      ['find', 0, 1, true],
      ['apply', 1, 0, false],
      ['apply', 2, null, false],
    ]);
  });

  it('resolves step states around the current step, keeping explicit ones', () => {
    const steps = [{ id: 'a', label: 'A' }, { id: 'b', label: 'B', state: 'skipped' as const }, { id: 'c', label: 'C' }, { id: 'd', label: 'D', state: 'disabled' as const }];
    expect(resolveStepStates(steps, 'c')).toEqual(['complete', 'skipped', 'current', 'disabled']);
    expect(resolveStepStates(steps, undefined)).toEqual(['upcoming', 'skipped', 'upcoming', 'disabled']);
  });
});
