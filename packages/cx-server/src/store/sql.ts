/**
 * The SQL of the store. One text for PGlite and PostgreSQL: parameters are `$n`, lists travel as one JSON parameter
 * (no driver-specific array encoding), and every write is a single statement, so it is atomic on its own.
 */

/**
 * Inserts a set of answers (`$1`, a JSON array) exactly once each: `ON CONFLICT (id) DO NOTHING` lets the primary key
 * arbitrate concurrent deliveries of one id, and `RETURNING` tells which ids this statement created. Contact details
 * go to their own table in the same statement, only for answers it created.
 */
export const INSERT_ANSWERS = `
WITH input AS (
  SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(
    id uuid, kind text, score integer, touchpoint text, channel text, journey_step text, locale text,
    created_at timestamptz, body jsonb, consent boolean, contact_channel text, address text)
), inserted AS (
  INSERT INTO feedback_answers (id, kind, score, touchpoint, channel, journey_step, locale, created_at, received_at, body)
  SELECT id, kind, score, touchpoint, channel, journey_step, locale, created_at, $2::timestamptz, body FROM input
  ON CONFLICT (id) DO NOTHING
  RETURNING id
), contacts AS (
  INSERT INTO feedback_contacts (answer_id, consent, channel, address)
  SELECT input.id, input.consent, input.contact_channel, input.address FROM input JOIN inserted USING (id)
  WHERE input.consent IS NOT NULL
  RETURNING answer_id
)
SELECT id::text AS id FROM inserted`;

/** The stored answers (with contact details, when not erased) of a JSON array of ids. */
export const SELECT_STORED = `
SELECT a.id::text AS id, a.body, a.contact_erased_at, c.consent, c.channel, c.address
FROM feedback_answers a LEFT JOIN feedback_contacts c ON c.answer_id = a.id
WHERE a.id IN (SELECT value::uuid FROM jsonb_array_elements_text($1::jsonb))`;

export const COUNT_ANSWERS = 'SELECT count(*)::integer AS count FROM feedback_answers';

/** `$1` kind, `$2` touchpoint, `$3` from (inclusive), `$4` to (exclusive); a null parameter does not filter. */
const FILTER = `($1::text IS NULL OR a.kind = $1::text)
  AND ($2::text IS NULL OR a.touchpoint = $2::text)
  AND ($3::timestamptz IS NULL OR a.created_at >= $3::timestamptz)
  AND ($4::timestamptz IS NULL OR a.created_at < $4::timestamptz)`;

export const SCORE_COUNTS = `
SELECT a.score, count(*)::integer AS count FROM feedback_answers a
WHERE ${FILTER}
GROUP BY a.score ORDER BY a.score`;

/** One export page after the keyset (`$5` created_at text, `$6` id), `$7` rows at most. */
export const EXPORT_PAGE = `
SELECT a.id::text AS id, a.body, a.received_at, a.created_at::text AS created_at_text, a.contact_erased_at,
  c.consent, c.channel, c.address
FROM feedback_answers a LEFT JOIN feedback_contacts c ON c.answer_id = a.id
WHERE ${FILTER}
  AND ($5::timestamptz IS NULL OR (a.created_at, a.id) > ($5::timestamptz, $6::uuid))
ORDER BY a.created_at, a.id
LIMIT $7::integer`;

/** Deletes an answer's contact details and records when; returns the id when the answer exists. */
export const ERASE_CONTACT = `
WITH erased AS (DELETE FROM feedback_contacts WHERE answer_id = $1::uuid RETURNING answer_id)
UPDATE feedback_answers SET contact_erased_at = $2::timestamptz WHERE id = $1::uuid RETURNING id::text AS id`;

export const SELECT_MIGRATIONS = 'SELECT version, name, applied_at FROM polku_cx_migrations ORDER BY version';
