// Only the terms of a page travel to the browser: what an article page loads (its HTML with
// the React payload inlined, and the cards.json it fetches once running) holds the definitions
// of the entries that occur in the article and of no other entry of the glossary.
import { annotate, buildTermIndex } from "@/lib/annotate";
import { loadArticles } from "@/lib/articles/load";
import { versionsOf } from "@/lib/articles/parse";
import { loadGlossary } from "@/lib/glossary/load";
import { readArticleSources, readGlossaryFiles } from "@/server/content/files";
import { ARTICLE, articleUrl } from "./reader-helpers";

// Definitions appear JSON-escaped in the inlined payload; compare a stretch without quotes or backslashes.
const probe = (definition: string) => (definition.split(/["\\\n]/)[0] ?? "").slice(0, 60);

describe("an article page", () => {
  it("carries the definitions of its own terms and of no other glossary entry", async () => {
    const entries = loadGlossary(readGlossaryFiles()).entries;
    const article = loadArticles(readArticleSources()).articles.find((a) => a.slug === ARTICLE)!;
    const present = new Set<string>();
    for (const { lang, paragraphs } of versionsOf(article)) {
      const index = buildTermIndex(entries, lang);
      for (const p of paragraphs) for (const span of annotate(p.text, index)) present.add(span.termId);
    }
    const page = await (await fetch(articleUrl("en"))).text();
    const cardsResponse = await fetch(`${articleUrl("en")}/cards.json`);
    expect(cardsResponse.status).toBe(200);
    const cards = await cardsResponse.text();
    expect(Object.keys(JSON.parse(cards) as object).sort()).toEqual([...present].sort());

    const defined = entries.filter((e) => e.en.definition && probe(e.en.definition).length >= 30);
    const own = defined.filter((e) => present.has(e.id));
    const others = defined.filter((e) => !present.has(e.id));
    expect(own.length).toBeGreaterThan(10);
    expect(others.length).toBeGreaterThan(50);
    for (const entry of own) expect(cards).toContain(probe(entry.en.definition!));
    const leaked = others.filter((e) => (page + cards).includes(probe(e.en.definition!))).map((e) => e.id);
    expect(leaked).toEqual([]);
    // The definitions are not in the page itself: the cards come once it is running, so the
    // browser does not decode them while it hydrates.
    expect(own.filter((e) => page.includes(probe(e.en.definition!))).map((e) => e.id)).toEqual([]);
  });

  it("carries each mark's HTML once: its React payload holds the text as segments, not as marked HTML", async () => {
    const page = await (await fetch(articleUrl("en"))).text();
    const payload = [...page.matchAll(/<script>self\.__next_f\.push\((.*?)\)<\/script>/gs)].map((m) => m[1]).join("");
    expect(payload.length).toBeGreaterThan(1000);
    const marks = page.match(/<a href="\/en\/glossary\/[^"]+" data-term=/g) ?? [];
    expect(marks.length).toBeGreaterThan(20);
    expect(payload).not.toContain("data-term=");
    expect(payload).not.toContain("aria-describedby");
    // The hidden descriptions are made in the page from the entries' names, not sent as HTML.
    expect(page).toContain('<span id="term-description-');
    expect(payload).not.toContain("term-description-");
  });
});
