import { describe, expect, it } from 'vitest';
import { createFatigueControl } from './fatigue';
import { createMemoryStorage } from './storage';
import { seededRandom } from './test-helpers';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('createFatigueControl', () => {
  it('applies the per-touchpoint and global cooldowns', () => {
    let now = 0;
    const fatigue = createFatigueControl({
      storage: createMemoryStorage(),
      now: () => now,
      touchpointCooldownMs: 7 * DAY,
      globalCooldownMs: DAY,
      maxPerSession: 10,
    });
    expect(fatigue.decide('checkout')).toBe('ask');
    fatigue.recordShown('checkout');
    expect(fatigue.inCooldown()).toBe(true);
    expect(fatigue.decide('search')).toBe('global-cooldown');
    now = DAY;
    expect(fatigue.inCooldown()).toBe(false);
    expect(fatigue.inCooldown('checkout')).toBe(true);
    expect(fatigue.decide('checkout')).toBe('touchpoint-cooldown');
    expect(fatigue.decide('search')).toBe('ask');
    now = 7 * DAY;
    expect(fatigue.decide('checkout')).toBe('ask');
  });

  it('limits prompts per session; a new session starts after inactivity', () => {
    let now = 0;
    const fatigue = createFatigueControl({
      storage: createMemoryStorage(),
      now: () => now,
      globalCooldownMs: 0,
      maxPerSession: 2,
      sessionTimeoutMs: HOUR,
    });
    fatigue.recordShown('a');
    fatigue.recordShown('b');
    expect(fatigue.decide('c')).toBe('session-limit');
    now = 2 * HOUR;
    expect(fatigue.decide('c')).toBe('ask');
  });

  it('samples with the injected random', () => {
    const random = seededRandom(3);
    const fatigue = createFatigueControl({ storage: createMemoryStorage(), random, sampleRate: 0.25 });
    let asked = 0;
    for (let i = 0; i < 4000; i += 1) if (fatigue.shouldAsk('x')) asked += 1;
    expect(asked / 4000).toBeGreaterThan(0.22);
    expect(asked / 4000).toBeLessThan(0.28);
  });

  it("remembers don't ask again", () => {
    const fatigue = createFatigueControl({ storage: createMemoryStorage() });
    fatigue.dontAskAgain();
    expect(fatigue.isOptedOut()).toBe(true);
    expect(fatigue.decide('x')).toBe('opted-out');
    fatigue.reset();
    expect(fatigue.decide('x')).toBe('ask');
  });

  it('is consistent across tabs: state is re-read on every query, and storage events notify', () => {
    const shared = createMemoryStorage();
    const tabA = createFatigueControl({ storage: shared });
    const tabB = createFatigueControl({ storage: shared });
    expect(tabB.shouldAsk('checkout')).toBe(true);
    tabA.recordShown('checkout');
    expect(tabB.inCooldown('checkout')).toBe(true);
    expect(tabB.shouldAsk('checkout')).toBe(false);
    let notified = 0;
    const stop = tabB.subscribe(() => (notified += 1));
    window.dispatchEvent(new StorageEvent('storage', { key: 'polku.feedback.fatigue' }));
    window.dispatchEvent(new StorageEvent('storage', { key: 'other' }));
    stop();
    expect(notified).toBe(1);
  });

  it('uses localStorage by default, touching window only when called', () => {
    const fatigue = createFatigueControl();
    fatigue.recordShown('x');
    expect(window.localStorage.getItem('polku.feedback.fatigue')).toContain('"x"');
  });
});
