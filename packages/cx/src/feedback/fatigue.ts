import { getBrowserStorage, readJson, writeJson, type KeyValueStorage } from './storage';

const DAY = 24 * 60 * 60 * 1000;

export interface FatigueOptions {
  /** Where the state lives, shared by every tab; default localStorage (memory on the server). */
  storage?: KeyValueStorage;
  /** Storage key, default `polku.feedback.fatigue`. */
  storageKey?: string;
  /** Clock, default Date.now. */
  now?: () => number;
  /** Random number in [0, 1) for sampling, default Math.random (inject a seeded one in tests). */
  random?: () => number;
  /** Do not ask again at the same touchpoint for this long after a prompt; default 30 days. */
  touchpointCooldownMs?: number;
  /** Do not ask anything anywhere for this long after any prompt; default 1 day. */
  globalCooldownMs?: number;
  /** Share of eligible moments that actually ask, 0–1; default 1. */
  sampleRate?: number;
  /** At most this many prompts per session; default 1. */
  maxPerSession?: number;
  /** A session ends after this much inactivity; default 30 minutes. */
  sessionTimeoutMs?: number;
}

/** Why a prompt is or is not shown. */
export type FatigueDecision = 'ask' | 'opted-out' | 'touchpoint-cooldown' | 'global-cooldown' | 'session-limit' | 'sampled-out';

interface FatigueState {
  optedOut?: boolean;
  lastShown: Record<string, number>;
  lastAny?: number;
  session?: { lastActivity: number; prompts: number };
}

export interface FatigueControl {
  /** Decides whether to ask at `touchpoint` now (re-reads shared state; samples last, so it calls `random` at most once). */
  decide(touchpoint: string): FatigueDecision;
  /** `decide(touchpoint) === 'ask'`. */
  shouldAsk(touchpoint: string): boolean;
  /** Records that a prompt was shown: starts both cooldowns and counts toward the session limit. */
  recordShown(touchpoint: string): void;
  /** True while the global cooldown runs, or (with a touchpoint) while that touchpoint's cooldown runs. */
  inCooldown(touchpoint?: string): boolean;
  /** The customer asked not to be asked again: no prompts anywhere until `reset()`. */
  dontAskAgain(): void;
  isOptedOut(): boolean;
  /** Forgets everything (for a "ask me again" setting or tests). */
  reset(): void;
  /** Calls `listener` when another tab changes the state; returns unsubscribe. No-op on the server. */
  subscribe(listener: () => void): () => void;
}

/**
 * Survey fatigue control: cooldowns per touchpoint and globally, sampling, a per-session maximum and "don't ask
 * again". State lives in storage and is re-read on every query, so all tabs agree.
 */
export function createFatigueControl(options: FatigueOptions = {}): FatigueControl {
  const {
    storageKey = 'polku.feedback.fatigue',
    now = Date.now,
    random = Math.random,
    touchpointCooldownMs = 30 * DAY,
    globalCooldownMs = DAY,
    sampleRate = 1,
    maxPerSession = 1,
    sessionTimeoutMs = 30 * 60 * 1000,
  } = options;
  let storage = options.storage;
  const store = () => (storage ??= getBrowserStorage());
  const read = (): FatigueState => {
    const state = readJson<Partial<FatigueState> | null>(store(), storageKey, null);
    return { ...state, lastShown: { ...(state?.lastShown ?? {}) } };
  };
  const write = (state: FatigueState) => writeJson(store(), storageKey, state);
  const sessionPrompts = (state: FatigueState, at: number) =>
    state.session && at - state.session.lastActivity <= sessionTimeoutMs ? state.session.prompts : 0;

  const inCooldown = (touchpoint?: string): boolean => {
    const state = read();
    const at = now();
    if (state.lastAny !== undefined && at - state.lastAny < globalCooldownMs) return true;
    if (touchpoint === undefined) return false;
    const last = state.lastShown[touchpoint];
    return last !== undefined && at - last < touchpointCooldownMs;
  };

  const control: FatigueControl = {
    decide(touchpoint) {
      const state = read();
      const at = now();
      if (state.optedOut) return 'opted-out';
      if (state.lastAny !== undefined && at - state.lastAny < globalCooldownMs) return 'global-cooldown';
      const last = state.lastShown[touchpoint];
      if (last !== undefined && at - last < touchpointCooldownMs) return 'touchpoint-cooldown';
      if (sessionPrompts(state, at) >= maxPerSession) return 'session-limit';
      if (!(random() < Math.min(1, Math.max(0, sampleRate)))) return 'sampled-out';
      return 'ask';
    },
    shouldAsk: (touchpoint) => control.decide(touchpoint) === 'ask',
    recordShown(touchpoint) {
      const state = read();
      const at = now();
      state.lastShown[touchpoint] = at;
      state.lastAny = at;
      state.session = { lastActivity: at, prompts: sessionPrompts(state, at) + 1 };
      write(state);
    },
    inCooldown,
    dontAskAgain() {
      write({ ...read(), optedOut: true });
    },
    isOptedOut: () => read().optedOut === true,
    reset() {
      store().removeItem(storageKey);
    },
    subscribe(listener) {
      if (typeof window === 'undefined') return () => {};
      const onStorage = (event: StorageEvent) => {
        if (event.key === storageKey || event.key === null) listener();
      };
      window.addEventListener('storage', onStorage);
      return () => window.removeEventListener('storage', onStorage);
    },
  };
  return control;
}
