import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import fc from 'fast-check';
import { cleanup } from '@testing-library/react';

// Property tests explore new random cases on every local run; CI replays a fixed seed so a submission is never
// failed by chance. FC_SEED=<n> replays any seed (fast-check prints the seed of a failure).
const seed = process.env.FC_SEED ?? (process.env.CI ? '20261123' : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });

afterEach(() => {
  // Files that opt into `@vitest-environment node` (bundle-size checks, CLIs) have no DOM to clean.
  if (typeof document === 'undefined') return;
  cleanup();
  document.body.innerHTML = '';
  window.localStorage.clear();
});
