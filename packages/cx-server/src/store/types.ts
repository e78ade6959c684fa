import type { FeedbackResponse } from '../schema';

/** What storing one answer did: first delivery, replay of the same body, or the same id with a different body. */
export type InsertOutcome = 'created' | 'duplicate' | 'conflict';

/** A migration recorded in the migrations table. */
export interface AppliedMigration {
  version: number;
  name: string;
  appliedAt: Date;
}

/** Filter of the read routes: kind, touchpoint, and `createdAt` from (inclusive) to (exclusive). */
export interface AnswerFilter {
  kind?: string;
  touchpoint?: string;
  from?: Date;
  to?: Date;
}

/** Number of stored answers per score (for the metrics). */
export interface ScoreCount {
  score: number;
  count: number;
}

/** Keyset position for paging an export: the last row's `createdAt` and `id`. */
export interface ExportCursor {
  /** PostgreSQL's text of the row's `created_at` (microseconds kept, unlike a JavaScript Date). */
  createdAt: string;
  id: string;
}

/** A stored answer as exported: the answer as received, with its contact details unless they were erased. */
export interface StoredAnswer {
  answer: FeedbackResponse;
  receivedAt: Date;
  contactErasedAt: Date | null;
  cursor: ExportCursor;
}

/**
 * Where answers are kept. Every method waits for the migrations; `ready` settles when they ran (it rejects when they
 * could not). Built by {@link createPgliteStore}, {@link createPostgresStore} or {@link openStore}.
 */
export interface FeedbackStore {
  /** Settles once migrations ran: the names of the migrations this start applied (empty when none were new). */
  readonly ready: Promise<string[]>;
  /** True once `ready` has resolved. */
  isReady(): boolean;
  /** Stores answers exactly once; the outcomes are in input order (a repeated id within the call is compared too). */
  insert(answers: readonly FeedbackResponse[], receivedAt: Date): Promise<InsertOutcome[]>;
  /** Number of stored answers. */
  count(): Promise<number>;
  /** Answers per score of one kind within the filter. */
  scoreCounts(filter: AnswerFilter & { kind: string }): Promise<ScoreCount[]>;
  /** Up to `limit` answers after `cursor`, ordered by `createdAt` then `id`. */
  exportPage(filter: AnswerFilter, cursor: ExportCursor | undefined, limit: number): Promise<StoredAnswer[]>;
  /** Deletes the contact details of an answer. False when no answer has this id. */
  eraseContact(id: string): Promise<boolean>;
  /** Migrations recorded in the migrations table, oldest first. */
  appliedMigrations(): Promise<AppliedMigration[]>;
  /** Closes the database (PGlite flushes its data directory; a pg pool ends). */
  close(): Promise<void>;
}
