// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { exactlyOnce, tally } from './tally.mjs';

const submitted = new Map([
  ['a', { tab: '1' }],
  ['b', { tab: '2' }],
  ['c', { tab: 'blocked' }],
]);

describe('tally of a fault run', () => {
  it('passes when every answer has exactly one row', () => {
    const result = tally({ submitted, rows: new Map([['a', 1], ['b', 1], ['c', 1]]) });
    expect(exactlyOnce(result)).toBe(true);
    expect(result.rows).toBe(3);
  });

  it('catches an answer counted twice (a receiver that does not dedupe)', () => {
    const result = tally({ submitted, rows: new Map([['a', 2], ['b', 1], ['c', 1]]) });
    expect(exactlyOnce(result)).toBe(false);
    expect(result.doubled).toEqual([{ id: 'a', rows: 2 }]);
  });

  it('catches a lost answer, unless its widget said memory-only and its page closed', () => {
    const rows = new Map([['a', 1]]);
    const strict = tally({ submitted, rows });
    expect(exactlyOnce(strict)).toBe(false);
    expect(strict.lost).toEqual(['b', 'c']);
    const excused = tally({ submitted, rows, memoryOnlyClosed: new Set(['c']) });
    expect(excused.lost).toEqual(['b']);
    expect(excused.lostAsTheUiSaid).toEqual(['c']);
  });

  it('catches rows no widget submitted', () => {
    const result = tally({ submitted, rows: new Map([['a', 1], ['b', 1], ['c', 1], ['z', 1]]) });
    expect(exactlyOnce(result)).toBe(false);
    expect(result.unknown).toEqual(['z']);
  });

  it("catches an answer sent through another widget's transport", () => {
    const queued = new Map([['a', { queue: 'a' }], ['b', { queue: 'b' }]]);
    const deliveries = new Map([
      ['a', { attempts: 1, forwarded: 1, queues: new Set(['a']) }],
      ['b', { attempts: 2, forwarded: 2, queues: new Set(['b', 'a']) }],
    ]);
    const result = tally({ submitted: queued, rows: new Map([['a', 1], ['b', 1]]), deliveries });
    expect(exactlyOnce(result)).toBe(false);
    expect(result.wrongEndpoint).toEqual(['b']);
  });

  it('counts deliveries per answer from the proxy log', () => {
    const deliveries = new Map([
      ['a', { attempts: 3, forwarded: 2 }],
      ['b', { attempts: 1, forwarded: 1 }],
    ]);
    const result = tally({ submitted, rows: new Map([['a', 1], ['b', 1], ['c', 1]]), deliveries });
    expect(result.deliveries.perAnswerAttempts).toEqual({ 0: 1, 1: 1, 3: 1 });
    expect(result.deliveries.reachedReceiver).toBe(3);
    expect(result.deliveries.maxAttempts).toBe(3);
  });
});
