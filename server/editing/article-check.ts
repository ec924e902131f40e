// The editing mode's check of one article folder as it is on disk now, read on its own: an
// article being added may not load yet (a paragraph too many), and the check is what says why.
import { checkArticle, type ArticleCheck } from "@/lib/articles/article-check";
import { isArticleSlug } from "@/lib/articles/input";
import { readArticleSources } from "@/server/content/files";
import { readGlossary, termIndexOf } from "@/server/content/loaded";

export function checkArticleFolder(slug: string): ArticleCheck | undefined {
  if (!isArticleSlug(slug)) return undefined;
  const source = readArticleSources().find((s) => s.slug === slug);
  if (!source) return undefined;
  const entries = readGlossary();
  return checkArticle(source, entries, (lang) => termIndexOf(entries, lang));
}
