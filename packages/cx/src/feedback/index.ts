export * from './types';
// The public surface of the feedback layer (#17): what the docs describe. Helpers only the patterns use
// (scaleValues, describeNonStandardScale, realScheduler, parseRetryAfter, classifyStatus, backoffDelay,
// isQuotaExceeded, scaleKeyTarget) stay inside the package.
export { standardScales, unhappyThreshold, isUnhappy } from './scales';
export { createMemoryStorage } from './storage';
export type { KeyValueStorage, EnumerableStorage } from './storage';
export type { Scheduler } from './scheduler';
export { PermanentFeedbackError, transportFromSubmit, createFetchTransport, createBeaconTransport } from './transport';
export type { SendResult, SendOptions, FeedbackTransport, FetchTransportOptions, BeaconTransportOptions } from './transport';
export { createOutbox, FeedbackNotKeptError } from './outbox';
export type { Outbox, OutboxOptions, OutboxEvent, PlacedOutboxEntry, MemoryReason, BroadcastLike } from './outbox';
export {
  createMemoryOutboxStore,
  createKeyValueOutboxStore,
  createIndexedDbOutboxStore,
  createDeviceOutboxStore,
  OutboxStorageUnavailableError,
} from './outbox-store';
export type { OutboxEntry, OutboxStore, OutboxPlace, OutboxLease, IndexedDbOutboxStoreOptions } from './outbox-store';
export type { LockManagerLike } from './sender-lock';
export type { PageLifecycle } from './page-lifecycle';
export { pendingFeedback } from './shared-outbox';
export * from './fatigue';
export type { FeedbackEvent, FeedbackEventType, FeedbackEventInput } from './events';
export * from './redact';
export { feedbackMessages } from './messages';
export type { FeedbackMessageId } from './messages';
export { useScale } from './useScale';
export type { UseScaleOptions, ScaleInputProps } from './useScale';
export { useFeedbackResponse } from './useFeedbackResponse';
export type { FeedbackDeliveryProps, FeedbackAnswerProps, UseFeedbackResponseOptions, FeedbackAnswer } from './useFeedbackResponse';
export { deliveryStatusReducer } from './delivery-status';
export type { DeliveryStatus, DeliveryAction } from './delivery-status';
export { newResponseId } from './id';
