// An article page's content under its URL: heading, reading options, term list, text and the
// flashcards link. Shared by the article route and the audit's generated long article. The
// Kazakh text comes with the page as segments (articlePagePayload), marked in the page's HTML
// as it is rendered; its other renderings (Latin script, translations) are loaded from
// {base}/text.json when the reader asks for them, and the cards of its terms from
// {base}/cards.json once the page is running.
import { getLocale, getTranslations } from "next-intl/server";
import { translationsOf } from "@/lib/articles/parse";
import type { ArticleView } from "@/lib/reader/article-view";
import { articlePagePayload } from "@/lib/reader/page-payload";
import { ArticleHeader } from "./article-header";
import { ArticleReader } from "./article-reader";
import { ReadingProvider } from "./reading-context";

interface Props {
  view: ArticleView;
  flashcardsHref: string;
  /** The article's URL, under which its text.json (articleTexts) and cards.json (view.cards) are. */
  base: string;
}

export async function ArticleContent({ view, flashcardsHref, base }: Props) {
  const locale = await getLocale();
  const t = await getTranslations("Article");
  const { kk, terms } = articlePagePayload(view);
  return (
    <article>
      {/* The view (its script) reaches the heading as well as the reader. */}
      <ReadingProvider>
      <ArticleHeader article={view.article} locale={locale} />
      <ArticleReader
        kk={kk}
        terms={terms}
        textHref={`${base}/text.json`}
        cardsHref={`${base}/cards.json`}
        textLabel={t("textLabel")}
        flashcards={{
          href: flashcardsHref,
          latinHref: flashcardsHref.replace(/\.csv$/, "-latn.csv"),
          label: t("flashcards"),
          latinLabel: t("flashcardsLatin"),
          file: `${view.article.slug}-flashcards.csv`,
        }}
        source={{ slug: view.article.slug, title: view.article.kk.meta.title, textHref: `${base}/text.json` }}
        translations={translationsOf(view.article)}
      />
      </ReadingProvider>
    </article>
  );
}
