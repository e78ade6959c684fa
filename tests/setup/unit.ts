import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

afterEach(() => {
  // Files that opt into `@vitest-environment node` (bundle-size checks, CLIs) have no DOM to clean.
  if (typeof document === 'undefined') return;
  cleanup();
  document.body.innerHTML = '';
  window.localStorage.clear();
});
