// The limits on text that people submit for annotation, shared by POST /api/annotate and the
// /annotate page so both refuse the same sizes with the same numbers in their messages.

/** The API refuses request bodies larger than this (1 MB). */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * The /annotate page shows the marked-up text with a card per term, so it accepts less than the
 * API: a long report fits, a whole book does not.
 */
export const MAX_PAGE_TEXT_CHARS = 50_000;

/**
 * An answer of POST /api/annotate holds at most this many spans (about 3 MB of JSON, since a span
 * with its grammar is 100–170 bytes): a text with more term occurrences is refused with 422 and
 * is to be sent in parts. Together with the body limit, this keeps the largest answer a few MB.
 */
export const MAX_SPANS = 20_000;
