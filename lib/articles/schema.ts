// The front matter of one language version of an article (articles/<slug>/<lang>.md).
import { z } from "zod";

const text = z.string().trim().min(1, "must not be empty");

export const articleMetaSchema = z.strictObject({
  title: text,
  /** Only as far as the text itself states it. */
  date: z.iso.date().optional(),
  source: text.optional(),
  /** Only where the source's address is really known. */
  sourceUrl: z.url({ protocol: /^https?$/ }).optional(),
});

export type ArticleMeta = z.infer<typeof articleMetaSchema>;
