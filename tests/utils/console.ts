import { vi, type MockInstance } from 'vitest';

/** Collects console.error/console.warn calls during a test, so development warnings can be asserted. */
export function captureConsole(): { errors: () => string[]; warnings: () => string[]; restore: () => void } {
  const error: MockInstance = vi.spyOn(console, 'error').mockImplementation(() => {});
  const warn: MockInstance = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const text = (spy: MockInstance) => spy.mock.calls.map((args) => args.map(String).join(' '));
  return {
    errors: () => text(error),
    warnings: () => text(warn),
    restore: () => {
      error.mockRestore();
      warn.mockRestore();
    },
  };
}
