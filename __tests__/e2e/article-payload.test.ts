// Only the terms of a page travel to the browser: an article's HTML (with the React payload
// inlined in it) holds the definitions of the entries that occur in the article and of no
// other entry of the glossary.
import { annotate, buildTermIndex } from "@/lib/annotate";
import { loadArticles } from "@/lib/articles/load";
import { loadGlossary } from "@/lib/glossary/load";
import { LANGS } from "@/lib/glossary/schema";
import { readArticleSources, readGlossaryFiles } from "@/server/files";
import { ARTICLE, articleUrl } from "./reader-helpers";

// Definitions appear JSON-escaped in the inlined payload; compare a stretch without quotes or backslashes.
const probe = (definition: string) => (definition.split(/["\\\n]/)[0] ?? "").slice(0, 60);

describe("an article page", () => {
  it("carries the definitions of its own terms and of no other glossary entry", async () => {
    const entries = loadGlossary(readGlossaryFiles()).entries;
    const article = loadArticles(readArticleSources()).articles.find((a) => a.slug === ARTICLE)!;
    const present = new Set<string>();
    for (const lang of LANGS) {
      const index = buildTermIndex(entries, lang);
      for (const p of article[lang].paragraphs) for (const span of annotate(p.text, index)) present.add(span.termId);
    }
    const html = await (await fetch(articleUrl("en"))).text();
    const absent = entries.filter((e) => !present.has(e.id) && e.en.definition && probe(e.en.definition).length >= 30);
    expect(present.size).toBeGreaterThan(10);
    expect(absent.length).toBeGreaterThan(50);
    for (const entry of entries.filter((e) => present.has(e.id) && e.en.definition)) {
      expect(html).toContain(probe(entry.en.definition!));
    }
    const leaked = absent.filter((e) => html.includes(probe(e.en.definition!))).map((e) => e.id);
    expect(leaked).toEqual([]);
  });
});
