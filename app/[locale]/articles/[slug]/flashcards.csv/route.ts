// The terms of an article as a CSV for Anki, Kazakh in Cyrillic: one note per term
// with its sentence and that sentence's translation (server/flashcards-file.ts). Generated at
// build time for every locale and article.
import { articleStaticParams } from "@/server/content";
import { flashcardsFile } from "@/server/flashcards-file";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return articleStaticParams();
}

export function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  return flashcardsFile(params, "cyrl");
}
