import type { Span } from "@/lib/annotate/types";
import { buildConcordance, occurrenceHref, type SpanFinder } from "@/lib/concordance/occurrences";
import type { Lang } from "@/lib/glossary/schema";
import { demoArticle, realContent } from "./content";

const article = demoArticle({
  kk: ["Кіріспе.", "Бірінші сөйлем. Алқабилер сотының жұмысы жақсы. Соңы."],
  ru: ["Введение.", "Первое. Работа суда присяжных хорошая. Конец."],
  en: ["Intro.", "First. The jury court works well. End."],
});

// A finder standing in for the engine: marks fixed phrases, as the engine's spans would.
const PHRASES: Record<Lang, string> = { kk: "Алқабилер сотының", ru: "суда присяжных", en: "jury court" };
const finder: SpanFinder = (text, lang) => {
  const phrase = PHRASES[lang];
  const start = text.indexOf(phrase);
  if (start < 0) return [];
  const span: Span = { start, end: start + phrase.length, termId: "jury-trial", text: phrase };
  return [span];
};

describe("buildConcordance", () => {
  const lines = buildConcordance([article], finder).get("jury-trial") ?? [];

  it("lists the occurrence in the original and in each translation", () => {
    expect(lines.map((l) => [l.lang, l.paragraph])).toEqual([
      ["kk", 2],
      ["ru", 2],
      ["en", 2],
    ]);
  });

  it("cuts the sentence around the occurrence, not the whole paragraph", () => {
    expect(lines[0]).toMatchObject({ before: "", match: "Алқабилер сотының", after: " жұмысы жақсы." });
    expect(lines[1]).toMatchObject({ before: "Работа ", match: "суда присяжных", after: " хорошая." });
  });

  it("has no lines for a term that occurs nowhere", () => {
    expect(buildConcordance([article], () => []).size).toBe(0);
  });
});

describe("occurrenceHref", () => {
  const [kk, ru] = buildConcordance([article], finder).get("jury-trial") ?? [];

  it("links a Kazakh occurrence to its paragraph with the term highlighted", () => {
    expect(occurrenceHref("en", kk!)).toBe("/en/articles/demo?hl=jury-trial#p2");
  });

  it("links a translation's occurrence to the paragraph with that translation shown", () => {
    expect(occurrenceHref("kk", ru!)).toBe("/kk/articles/demo?with=ru&hl=jury-trial#p2-ru");
  });
});

describe("the concordance of the real articles, found by the term engine", () => {
  const { articles, findSpans } = realContent();
  const concordance = buildConcordance(articles, findSpans);

  it("finds the Supreme Court in the Kazakh text and in both translations", () => {
    const langs = new Set((concordance.get("supreme-court") ?? []).map((o) => o.lang));
    expect([...langs].sort()).toEqual(["en", "kk", "ru"]);
  });

  it("gives each line a sentence of its paragraph with the occurrence inside", () => {
    for (const lines of concordance.values()) {
      for (const line of lines) {
        const article = articles.find((a) => a.slug === line.slug)!;
        const paragraph = article[line.lang]?.paragraphs[line.paragraph - 1]?.text;
        expect(paragraph).toContain(line.before + line.match + line.after);
        expect(line.match.length).toBeGreaterThan(0);
      }
    }
  });
});
