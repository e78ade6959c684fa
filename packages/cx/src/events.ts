import type { PolkuEvent } from '@polku/react';

/**
 * Fields every CX event carries. Each pattern family defines its own typed events on top of this
 * (feedback/events.ts, and the pattern folders), and `CxEvent` in index.ts is their union.
 */
export interface CxEventBase extends PolkuEvent {
  /** Namespaced event type, e.g. `feedback.submitted`, `promise.state-changed`. */
  type: `${string}.${string}`;
  /** ISO 8601 time of the event. */
  at: string;
  /** Where in the service the customer was, e.g. `checkout/payment`. */
  touchpoint?: string;
  /** Service channel, e.g. `web`, `app`, `chat`. */
  channel?: string;
  /** Journey step id, when the event happened within a journey. */
  journeyStep?: string;
}
