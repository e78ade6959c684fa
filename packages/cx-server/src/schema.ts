import { z } from 'zod';
import { contactChannels, feedbackKinds, standardScales, type FeedbackKind } from './scales';

/** Default longest comment, in characters. */
export const DEFAULT_COMMENT_MAX_LENGTH = 2000;

export interface FeedbackSchemaOptions {
  /** Longest accepted `comment`, in characters (default {@link DEFAULT_COMMENT_MAX_LENGTH}). */
  commentMaxLength?: number;
}

/**
 * Text that PostgreSQL can store: no NUL character and no lone UTF-16 surrogate (both are refused by `text` and
 * `jsonb`, which would turn bad input into a server error).
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const storableText = (max: number) =>
  z
    .string()
    .max(max)
    .refine((value) => !value.includes('\u0000'), 'must not contain the NUL character')
    .refine((value) => !LONE_SURROGATE.test(value), 'must be well-formed Unicode (no lone surrogates)');

/** A BCP 47 language tag, as `Intl` reads it (`fi`, `sv-FI`, `en-GB`). */
const localeTag = z
  .string()
  .min(2)
  .max(35)
  .refine((value) => {
    try {
      return Intl.getCanonicalLocales(value).length === 1;
    } catch {
      return false;
    }
  }, 'must be a BCP 47 language tag such as fi, sv-FI or en-GB');

/** An ISO 8601 date-time with a time zone (`Z` or an offset) naming a day that exists. */
const isoDateTime = z.iso.datetime({ offset: true }).refine((value) => {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}, 'must be a date that exists');

const metadataValue = z.union([storableText(1000), z.number(), z.boolean(), z.null()]);

function answerSchemaOf(kind: FeedbackKind, commentMaxLength: number) {
  const { min, max } = standardScales[kind];
  return z.strictObject({
    id: z.uuid(),
    kind: z.literal(kind),
    scale: z.strictObject({ min: z.literal(min), max: z.literal(max), reversed: z.literal(false).optional() }),
    score: z.int().min(min).max(max),
    comment: storableText(commentMaxLength).optional(),
    contact: z
      .strictObject({
        consent: z.boolean(),
        channel: z.enum(contactChannels).optional(),
        address: storableText(320).optional(),
      })
      .optional(),
    touchpoint: storableText(200).optional(),
    channel: storableText(100).optional(),
    journeyStep: storableText(200).optional(),
    locale: localeTag,
    createdAt: isoDateTime,
    metadata: z
      .record(storableText(100), metadataValue)
      .refine((value) => Object.keys(value).length <= 50, 'must have at most 50 keys')
      .optional(),
  });
}

/**
 * The runtime schema of one `FeedbackResponse` (the shape `@polku/cx` sends): a known kind on its standard scale, an
 * integer score inside it, a UUID id, an ISO 8601 `createdAt`, a BCP 47 locale, primitive metadata values, a comment
 * of at most `commentMaxLength` characters and no unknown fields.
 */
export function createFeedbackResponseSchema(options: FeedbackSchemaOptions = {}) {
  const commentMaxLength = options.commentMaxLength ?? DEFAULT_COMMENT_MAX_LENGTH;
  const [first, ...rest] = feedbackKinds.map((kind) => answerSchemaOf(kind, commentMaxLength));
  return z.discriminatedUnion('kind', [first!, ...rest]);
}

/** The schema with the default limits. */
export const feedbackResponseSchema = createFeedbackResponseSchema();

/** One validated answer. */
export type FeedbackResponse = z.infer<typeof feedbackResponseSchema>;

/** The schema as JSON Schema (draft 2020-12), also published as `@polku/cx-server/schema.json`. */
export const feedbackResponseJsonSchema = z.toJSONSchema(feedbackResponseSchema, { unrepresentable: 'any' });
