// How long a browser or a CDN may keep what the server makes from the content. An article's files
// beside its page (text.json, cards.json, the flashcards CSVs) are made on request rather than
// prerendered: prerendered, they were nine files per article (three per interface language) and
// most of a build's output, growing with the corpus, while a reader fetches them only on asking
// for a translation, the Latin script, a card or a download. With the build's content they are the
// same for every request until the next build, so they may be kept a while, as may the glossary
// search's answers; with the files as the source (development, editing mode) they change with the
// next save, and are not kept at all.
import { contentSource } from "@/server/content/source";

export function contentCacheHeaders(): Readonly<Record<string, string>> {
  return { "Cache-Control": contentSource().kind === "build" ? "public, max-age=3600" : "no-store" };
}
