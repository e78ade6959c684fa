export { createFeedbackHandler } from './handler';
export type { FeedbackHandler, FeedbackHandlerOptions, RequestInfo } from './handler';
export { toNodeListener, toRequest } from './http/node';
export { MAX_BATCH_SIZE } from './http/ingest';
export type { BatchEntryResult } from './http/ingest';
export { DEFAULT_RATE_LIMIT } from './http/rate-limit';
export type { RateLimitOptions } from './http/rate-limit';
export {
  createFeedbackResponseSchema,
  feedbackResponseSchema,
  feedbackResponseJsonSchema,
  DEFAULT_COMMENT_MAX_LENGTH,
} from './schema';
export type { FeedbackResponse, FeedbackSchemaOptions } from './schema';
export type { Problem, FieldError } from './problem';
export { feedbackKinds, standardScales, contactChannels } from './scales';
export { createPgliteStore } from './store/pglite';
export type { PgliteStoreOptions } from './store/pglite';
export { createPostgresStore } from './store/postgres';
export type { PostgresStoreOptions } from './store/postgres';
export { openStore, DEFAULT_DATA_DIR } from './store/open';
export type { OpenStoreOptions } from './store/open';
export type {
  FeedbackStore,
  InsertOutcome,
  AnswerFilter,
  AppliedMigration,
  ExportCursor,
  ScoreCount,
  StoredAnswer,
} from './store/types';
export { serve } from './server';
export type { ServeOptions, RunningServer } from './server';
