// An article's flashcards file (flashcards.csv, flashcards-latn.csv): the Anki CSV of its terms
// in one script, the deck named by the article's Kazakh title in that script, the definitions
// and translations in the interface language. Both routes answer with this; only the script
// differs, and the notes' GUIDs do not depend on it (importing one file after the other updates
// the notes instead of adding new ones).
import "server-only";
import { ankiFileName, cardsToAnkiCsv } from "@/lib/export/anki";
import { isLang } from "@/lib/glossary/schema";
import { toLatin } from "@/lib/translit";
import { getFlashcards } from "@/server/article-view";
import { contentCacheHeaders } from "@/server/cache-headers";
import { getArticle } from "@/server/content";

export async function flashcardsFile(params: Promise<{ locale: string; slug: string }>, script: "cyrl" | "latn"): Promise<Response> {
  const { locale, slug } = await params;
  const article = getArticle(slug);
  if (!article || !isLang(locale)) return new Response("Not found", { status: 404 });
  const title = article.kk.meta.title;
  const csv = cardsToAnkiCsv(getFlashcards(slug, locale) ?? [], {
    definitionLang: locale,
    script,
    deck: script === "latn" ? toLatin(title) : title,
  });
  return new Response(csv, {
    headers: {
      ...contentCacheHeaders(),
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${ankiFileName(slug, script)}"`,
    },
  });
}
