import type { MemoryReason, OutboxEvent } from './outbox';
import type { OutboxPlace } from './outbox-store';

/** Where the answer is kept, carried through every state after saving (the widget words its notice from it). */
export interface Keeping {
  place: OutboxPlace;
  /** Set when kept in memory only: the device storage is full, or there is none. */
  memoryReason?: MemoryReason;
}

/**
 * The one status of an answer, from the customer's side:
 * idle → saving → queued → sending → sent | not-sent-yet (retrying) | failed (refused for good);
 * `unsaved` when it could not be kept anywhere. `earlier` marks an answer from an earlier page load.
 */
export type DeliveryStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | ({ state: 'queued'; offline: boolean; earlier: boolean } & Keeping)
  | ({ state: 'sending'; attempts: number; earlier: boolean } & Keeping)
  | { state: 'sent' }
  | ({ state: 'not-sent-yet'; attempts: number; offline: boolean; earlier: boolean; reason?: string; nextAttemptAt?: number } & Keeping)
  | ({ state: 'failed'; attempts: number; reason?: string } & Keeping)
  | { state: 'unsaved'; reason: string };

/** What moves the status: outbox events about this answer, and what the hook sees. */
export type DeliveryAction =
  | OutboxEvent
  | { type: 'saving' }
  | { type: 'kept'; keeping: Keeping; offline: boolean }
  | { type: 'not-kept'; reason: string }
  | { type: 'restored'; keeping: Keeping; attempts: number; state: 'pending' | 'failed'; lastError?: string; offline: boolean }
  | { type: 'stalled' }
  | { type: 'connectivity'; offline: boolean };

const keepingOf = (status: DeliveryStatus): Keeping =>
  'place' in status ? { place: status.place, ...(status.memoryReason ? { memoryReason: status.memoryReason } : {}) } : { place: 'device' };
const attemptsOf = (status: DeliveryStatus) => ('attempts' in status ? status.attempts : 0);
const earlierOf = (status: DeliveryStatus) => 'earlier' in status && status.earlier;

/** Statuses that wait for something; each ends in `not-sent-yet` at the latest when it stalls. */
export const waitingStates: ReadonlySet<DeliveryStatus['state']> = new Set(['saving', 'queued', 'sending']);

/** The status machine: a pure function, so every transition is testable without React or a browser. */
export function deliveryStatusReducer(status: DeliveryStatus, action: DeliveryAction): DeliveryStatus {
  if (status.state === 'sent') return status; // delivered is final
  switch (action.type) {
    case 'saving':
      return { state: 'saving' };
    case 'not-kept':
      return { state: 'unsaved', reason: action.reason };
    case 'kept':
      if (status.state !== 'saving') return status; // the send already moved on
      return { state: 'queued', offline: action.offline, earlier: false, ...action.keeping };
    case 'queued':
      return status;
    case 'restored':
      if (action.state === 'failed') return { state: 'failed', attempts: action.attempts, reason: action.lastError, ...action.keeping };
      return { state: 'not-sent-yet', attempts: action.attempts, offline: action.offline, earlier: true, reason: action.lastError, ...action.keeping };
    case 'sending':
      return { state: 'sending', attempts: action.attempt, earlier: earlierOf(status), ...keepingOf(status) };
    case 'sent':
      return { state: 'sent' };
    case 'failed': {
      const keeping = keepingOf(status);
      if (action.kind === 'permanent') return { state: 'failed', attempts: action.attempts, reason: action.reason, ...keeping };
      return {
        state: 'not-sent-yet',
        attempts: action.attempts,
        offline: false,
        earlier: earlierOf(status),
        reason: action.reason,
        nextAttemptAt: action.nextAttemptAt,
        ...keeping,
      };
    }
    case 'stalled':
      if (!waitingStates.has(status.state)) return status;
      return { state: 'not-sent-yet', attempts: attemptsOf(status), offline: false, earlier: earlierOf(status), reason: 'timeout', ...keepingOf(status) };
    case 'connectivity':
      if (status.state === 'queued' || status.state === 'not-sent-yet') return { ...status, offline: action.offline };
      return status;
    case 'discarded':
      return { state: 'idle' };
    default:
      return status;
  }
}
