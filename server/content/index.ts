// The content boundary. Pages and route handlers import this module: the glossary and the
// articles (read by the content source, source.ts; parsed and checked once per version of the
// files, loaded.ts; read from disk, files.ts) shared within a render pass through React `cache`. A broken file
// throws, so `next build` stops with a message naming file, line and field instead of serving
// half-working pages.
import "server-only";
import { cache } from "react";
import type { Article } from "@/lib/articles/parse";
import type { GlossaryEntry, Lang } from "@/lib/glossary/schema";
import type { TermIndex } from "@/lib/annotate";
import { routing } from "@/i18n/routing";
import { readArticles, readGlossary, termIndexOf } from "@/server/content/loaded";

export { ContentError } from "@/server/content/loaded";

export const getGlossary = cache((): GlossaryEntry[] => readGlossary());

const entriesById = cache((): Map<string, GlossaryEntry> => new Map(getGlossary().map((e) => [e.id, e])));

export const getEntry = cache((id: string): GlossaryEntry | undefined => entriesById().get(id));

export const getArticles = cache((): Article[] => readArticles());

/** Every interface language × article: the static params of the article pages and their files. */
export function articleStaticParams(): { locale: string; slug: string }[] {
  return routing.locales.flatMap((locale) => getArticles().map((a) => ({ locale, slug: a.slug })));
}

export const getArticle = cache((slug: string): Article | undefined => getArticles().find((a) => a.slug === slug));

/** The engine's index of the glossary's terms in one language, built once per glossary version. */
export function getTermIndex(lang: Lang): TermIndex {
  return termIndexOf(getGlossary(), lang);
}
