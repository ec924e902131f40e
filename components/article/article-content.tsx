// An article page's content under its URL: heading, reading options, term list, text and the
// flashcards link. Shared by the article route and the audit's generated long article.
import { getLocale, getTranslations } from "next-intl/server";
import type { ArticleView } from "@/server/article-view";
import { ArticleHeader } from "./article-header";
import { ArticleReader } from "./article-reader";

interface Props {
  view: ArticleView;
  flashcardsHref: string;
  /** Given: the page carries only the Kazakh text and loads a translation from here when asked. */
  translationsHref?: string;
}

export async function ArticleContent({ view, flashcardsHref, translationsHref }: Props) {
  const locale = await getLocale();
  const t = await getTranslations("Article");
  return (
    <article>
      <ArticleHeader article={view.article} locale={locale} />
      <ArticleReader
        paragraphs={translationsHref ? view.paragraphs.map((p) => ({ n: p.n, segments: { kk: p.segments.kk } })) : view.paragraphs}
        translationsHref={translationsHref}
        cards={view.cards}
        terms={view.terms.map((term) => ({ ...term, countLabel: t("occurrences", { count: term.count }) }))}
        textLabel={t("textLabel")}
        flashcards={{ href: flashcardsHref, label: t("flashcards"), file: `${view.article.slug}-flashcards.csv` }}
      />
    </article>
  );
}
