// An article page hands the browser its Kazakh text as segments and its entries as names
// (articlePagePayload), and the browser marks the text itself as the page is rendered and as it
// hydrates. What it makes must be the server's own marking (what text.json's Latin view is made
// by, and what the page carried before), and the names must give the term list and every mark's
// description, with the names of the entries only a translation has coming with the translations
// (text.json).
import { LANGS } from "@/lib/glossary/langs";
import { loadGlossary } from "@/lib/glossary/load";
import { readGlossaryFiles } from "@/server/content/files";
import { descriptionsHtml, termNames } from "@/lib/marks/mark-description";
import { escapeHtml, marksHtml } from "@/lib/marks/marks-html";
import { articleTexts, buildArticleView, paragraphsHtml, type ArticleSpans } from "@/lib/reader/article-view";
import { articlePagePayload, payloadSegments } from "@/lib/reader/page-payload";
import { realContent } from "../concordance/content";

const { articles, findSpans } = realContent();
// The glossary the views' cards come from (realContent's engine reads the same files).
const { entries } = loadGlossary(readGlossaryFiles());

const views = articles.map((article) => {
  const spans = Object.fromEntries(LANGS.map((lang) => [lang, (article[lang]?.paragraphs ?? []).map((p) => findSpans(p.text, lang))])) as ArticleSpans;
  return buildArticleView(article, spans, entries);
});

const describe3 = ({ term, ru, en }: { term: string; ru: string; en: string }) => `${term} | ${ru} | ${en}`;

describe.each(views.map((view) => [view.article.slug, view] as const))("the page payload of %s", (_slug, view) => {
  const payload = articlePagePayload(view);

  it.each(["kk", "ru", "en"])("marks into exactly the server's HTML of the Kazakh text (interface %s)", (locale) => {
    const cards = Object.fromEntries(payload.terms.map(([id]) => [id, true]));
    const marked = payloadSegments(payload).map((segments) => marksHtml(segments, { cards, locale }));
    expect(marked).toEqual(paragraphsHtml(view, "kk", locale));
    expect(marked.join("").match(/<a /g)?.length ?? 0).toBeGreaterThan(20);
  });

  it("names the term list's entries, with their Kazakh counts, in the list's order", () => {
    expect(payload.terms.map(([id, term, , , count]) => ({ id, term, count }))).toEqual(view.terms);
  });

  it("names a mark's entry by its place in the names", () => {
    const marks = payload.kk.flat().filter((segment) => typeof segment !== "string");
    expect(marks.length).toBeGreaterThan(20);
    for (const mark of marks) expect(typeof mark[1]).toBe("number");
    expect(payloadSegments(payload)).toEqual(view.paragraphs.map((p) => p.segments.kk));
  });

  it("with text.json's names, names every entry of the page once, so every mark in any language has its description", () => {
    const { names } = articleTexts(view, "kk");
    expect(names.length).toBeGreaterThan(0);
    const all = [...payload.terms, ...names];
    expect(all.map(([id]) => id).sort()).toEqual(Object.keys(view.cards).sort());
    for (const [id] of names) expect(view.spans.kk.flat().some((span) => span.termId === id)).toBe(false);
    // Each description says the entry's three terms, as its card has them.
    const html = descriptionsHtml(describe3, all);
    for (const card of Object.values(view.cards)) {
      const [id, kk, ru, en] = termNames(card);
      expect(html).toContain(`<span id="term-description-${id}">${escapeHtml(describe3({ term: kk, ru, en }))}</span>`);
    }
  });

  it("is less than two thirds the size of the HTML it stands for", () => {
    const html = JSON.stringify({ kk: paragraphsHtml(view, "kk", "kk"), descriptions: descriptionsHtml(describe3, payload.terms) });
    expect(JSON.stringify(payload).length).toBeLessThan((html.length * 2) / 3);
  });
});
