// An article's files beside its page (text.json, cards.json, the flashcards CSVs) are made on
// request rather than prerendered: prerendered, they were nine files per article (three per
// interface language) and most of a build's output, growing with the corpus, while a reader
// fetches them only on asking for a translation, the Latin script, a card or a download. They
// are the same for every request until the next build (the content is the build's snapshot),
// so a browser or a CDN in front may keep them a while.
export const ARTICLE_FILE_CACHE: Readonly<Record<string, string>> = { "Cache-Control": "public, max-age=3600" };
