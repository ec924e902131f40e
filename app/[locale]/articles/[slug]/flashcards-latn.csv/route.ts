// The terms of an article as a CSV for Anki, the Kazakh side (front, sentence, definition) in
// the 2021 Latin script: one note per term with its sentence and that sentence's translation
// (server/flashcards-file.ts).
import { flashcardsFile } from "@/server/flashcards-file";

// Made on request, not at build time: a corpus of thousands of articles would otherwise write
// this file for every interface language and article (server/cache-headers.ts says why).
export const dynamic = "force-dynamic";

export function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  return flashcardsFile(params, "latn");
}
