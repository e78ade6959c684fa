import { canonicalJson } from '../canonical';
import type { FeedbackResponse } from '../schema';
import type { SqlDriver } from './driver';
import { migrate, readMigrations, type MigrationFile } from './migrate';
import * as sql from './sql';
import type { AnswerFilter, AppliedMigration, ExportCursor, FeedbackStore, InsertOutcome, StoredAnswer } from './types';

interface StoredRow {
  id: string;
  body: Omit<FeedbackResponse, 'contact'>;
  contact_erased_at: Date | null;
  consent: boolean | null;
  channel: string | null;
  address: string | null;
}

/** The answer as stored: its body plus the contact row, when there is one. */
function answerOf(row: StoredRow): FeedbackResponse {
  if (row.consent === null) return row.body as FeedbackResponse;
  const contact = {
    consent: row.consent,
    ...(row.channel !== null ? { channel: row.channel } : {}),
    ...(row.address !== null ? { address: row.address } : {}),
  };
  return { ...row.body, contact } as FeedbackResponse;
}

/** A replay is the same answer when its canonical JSON matches; after erasure the contact details are not compared. */
function sameAnswer(row: StoredRow, incoming: FeedbackResponse): boolean {
  if (row.contact_erased_at !== null) {
    const { contact: _ignored, ...rest } = incoming;
    return canonicalJson(row.body) === canonicalJson(rest);
  }
  return canonicalJson(answerOf(row)) === canonicalJson(incoming);
}

/** The insert statement's row for one answer: indexed columns, the body without contact, the contact fields. */
function recordOf(answer: FeedbackResponse) {
  const { contact, ...body } = answer;
  return {
    id: answer.id,
    kind: answer.kind,
    score: answer.score,
    touchpoint: answer.touchpoint ?? null,
    channel: answer.channel ?? null,
    journey_step: answer.journeyStep ?? null,
    locale: answer.locale,
    created_at: answer.createdAt,
    body,
    consent: contact?.consent ?? null,
    contact_channel: contact?.channel ?? null,
    address: contact?.address ?? null,
  };
}

const filterParams = (filter: AnswerFilter) => [
  filter.kind ?? null,
  filter.touchpoint ?? null,
  filter.from?.toISOString() ?? null,
  filter.to?.toISOString() ?? null,
];

/** A {@link FeedbackStore} over any {@link SqlDriver}; migrations run as soon as it is made. */
export function createSqlStore(driver: SqlDriver, migrations?: MigrationFile[]): FeedbackStore {
  let done = false;
  const ready = (migrations ? Promise.resolve(migrations) : readMigrations()).then(async (files) => {
    const applied = await migrate(driver, files);
    done = true;
    return applied;
  });
  // A failed start is reported through `ready` and every call; it must not also crash the process as unhandled.
  ready.catch(() => undefined);

  return {
    ready,
    isReady: () => done,

    async insert(answers, receivedAt) {
      await ready;
      const firstIndex = new Map<string, number>();
      answers.forEach((answer, index) => {
        const key = answer.id.toLowerCase();
        if (!firstIndex.has(key)) firstIndex.set(key, index);
      });
      const unique = [...firstIndex.values()].map((index) => recordOf(answers[index]!));
      const { rows } = await driver.query<{ id: string }>(sql.INSERT_ANSWERS, [
        JSON.stringify(unique),
        receivedAt.toISOString(),
      ]);
      const created = new Set(rows.map((row) => row.id));
      const isCreated = (answer: FeedbackResponse, index: number) =>
        created.has(answer.id.toLowerCase()) && firstIndex.get(answer.id.toLowerCase()) === index;

      const toCompare = answers.filter((answer, index) => !isCreated(answer, index)).map((answer) => answer.id);
      const stored = new Map<string, StoredRow>();
      if (toCompare.length > 0) {
        const result = await driver.query<StoredRow>(sql.SELECT_STORED, [JSON.stringify(toCompare)]);
        for (const row of result.rows) stored.set(row.id, row);
      }
      return answers.map((answer, index): InsertOutcome => {
        if (isCreated(answer, index)) return 'created';
        const row = stored.get(answer.id.toLowerCase());
        return row && sameAnswer(row, answer) ? 'duplicate' : 'conflict';
      });
    },

    async count() {
      await ready;
      const { rows } = await driver.query<{ count: number }>(sql.COUNT_ANSWERS);
      return Number(rows[0]?.count ?? 0);
    },

    async scoreCounts(filter) {
      await ready;
      const { rows } = await driver.query<{ score: number; count: number }>(sql.SCORE_COUNTS, filterParams(filter));
      return rows.map((row) => ({ score: Number(row.score), count: Number(row.count) }));
    },

    async exportPage(filter, cursor: ExportCursor | undefined, limit) {
      await ready;
      const { rows } = await driver.query<StoredRow & { received_at: Date; created_at_text: string }>(sql.EXPORT_PAGE, [
        ...filterParams(filter),
        cursor?.createdAt ?? null,
        cursor?.id ?? null,
        limit,
      ]);
      return rows.map(
        (row): StoredAnswer => ({
          answer: answerOf(row),
          receivedAt: new Date(row.received_at),
          contactErasedAt: row.contact_erased_at === null ? null : new Date(row.contact_erased_at),
          cursor: { createdAt: row.created_at_text, id: row.id },
        }),
      );
    },

    async eraseContact(id) {
      await ready;
      const { rows } = await driver.query(sql.ERASE_CONTACT, [id, new Date().toISOString()]);
      return rows.length > 0;
    },

    async appliedMigrations() {
      await ready;
      const { rows } = await driver.query<{ version: number; name: string; applied_at: Date }>(sql.SELECT_MIGRATIONS);
      return rows.map(
        (row): AppliedMigration => ({ version: Number(row.version), name: row.name, appliedAt: new Date(row.applied_at) }),
      );
    },

    async close() {
      await ready.catch(() => undefined);
      await driver.close();
    },
  };
}
