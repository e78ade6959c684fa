/**
 * Development warnings of the feedback patterns. @polku/react keeps its `devWarn`/`requireText` internal, so @polku/cx
 * has this small counterpart (reported in the issue: the core could export them).
 */
const printed = new Set<string>();

function inDevelopment(): boolean {
  return typeof process === 'undefined' || process.env?.NODE_ENV !== 'production';
}

/** Prints `[Polku] message` once per distinct message, outside production. */
export function feedbackDevMessage(level: 'warn' | 'error', message: string): void {
  if (!inDevelopment() || printed.has(message)) return;
  printed.add(message);
  (level === 'warn' ? console.warn : console.error)(`[Polku] ${message}`);
}

/** Lets tests see a message again. */
export function resetFeedbackDevMessages(): void {
  printed.clear();
}

/** Reports an empty accessible-name prop in development. */
export function requireFeedbackText(component: string, prop: string, value: unknown): void {
  if (typeof value === 'string' ? value.trim() === '' : value == null || value === false) {
    feedbackDevMessage('error', `${component}: the "${prop}" prop is required and must not be empty; it gives the accessible name.`);
  }
}
