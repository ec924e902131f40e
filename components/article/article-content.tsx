// An article page's content under its URL: heading, reading options, term list, text and the
// flashcards link. Shared by the article route and the audit's generated long article. The
// Kazakh text comes with the page as HTML (marks-html.ts); its other renderings (Latin script,
// translations) are loaded from textHref when the reader asks for them.
import { getLocale, getTranslations } from "next-intl/server";
import { paragraphsHtml, type ArticleView } from "@/server/article-view";
import { ArticleHeader } from "./article-header";
import { ArticleReader } from "./article-reader";

interface Props {
  view: ArticleView;
  flashcardsHref: string;
  /** Where the article's text.json is (see articleTexts). */
  textHref: string;
}

export async function ArticleContent({ view, flashcardsHref, textHref }: Props) {
  const locale = await getLocale();
  const t = await getTranslations("Article");
  return (
    <article>
      <ArticleHeader article={view.article} locale={locale} />
      <ArticleReader
        kk={paragraphsHtml(view, "kk", locale)}
        textHref={textHref}
        cards={view.cards}
        terms={view.terms.map((term) => ({ ...term, countLabel: t("occurrences", { count: term.count }) }))}
        textLabel={t("textLabel")}
        flashcards={{ href: flashcardsHref, label: t("flashcards"), file: `${view.article.slug}-flashcards.csv` }}
      />
    </article>
  );
}
