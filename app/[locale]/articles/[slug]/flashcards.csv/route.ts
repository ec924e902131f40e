// The terms of an article as an Anki-importable CSV (UTF-8): front the Kazakh term, back the
// Russian and English equivalents, the definition in the interface language and the sentence
// where the term first occurs. Generated at build time for every locale and article.
import { cardsToAnkiCsv } from "@/lib/export/anki";
import { isLang } from "@/lib/glossary/schema";
import { getFlashcards } from "@/server/article-view";
import { articleStaticParams } from "@/server/content";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return articleStaticParams();
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  const cards = getFlashcards(slug);
  if (!cards || !isLang(locale)) return new Response("Not found", { status: 404 });
  return new Response(cardsToAnkiCsv(cards, { definitionLang: locale }), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${slug}-flashcards.csv"`,
    },
  });
}
