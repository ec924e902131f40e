// An article's text.json (its Latin and translated paragraphs, see types.ts), fetched once per
// page and shared: by the article's text when the reader asks for a view, and by a card that
// saves a term with its sentence's translation. A failed fetch, or an answer not in the contract's
// shape, is forgotten, so the next ask tries again.
import { isArticleTexts } from "@/lib/contracts/article-texts";
import { expectContract } from "@/lib/contracts/guard";
import type { ArticleTexts } from "./types";

const loaded = new Map<string, Promise<ArticleTexts | null>>();

/** The article's texts, or null when they cannot be had now. */
export function loadArticleTexts(href: string): Promise<ArticleTexts | null> {
  let loading = loaded.get(href);
  if (!loading) {
    loading = fetch(href)
      .then(async (response) => (response.ok ? expectContract(isArticleTexts, await response.json(), href) : null))
      .catch(() => null)
      .then((texts) => {
        if (!texts) loaded.delete(href);
        return texts;
      });
    loaded.set(href, loading);
  }
  return loading;
}

/** For tests: forgets what was fetched. */
export function forgetArticleTextsForTests(): void {
  loaded.clear();
}
