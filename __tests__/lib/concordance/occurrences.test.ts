import type { Article, ArticleVersion } from "@/lib/articles/parse";
import type { Span } from "@/lib/annotate/types";
import { buildConcordance, occurrenceHref, type SpanFinder } from "@/lib/concordance/occurrences";
import type { Lang } from "@/lib/glossary/schema";

const version = (lang: Lang, paragraphs: string[]): ArticleVersion => ({
  lang,
  file: `articles/demo/${lang}.md`,
  meta: { title: `Demo ${lang}` },
  paragraphs: paragraphs.map((text, index) => ({ index, text, line: 5 + index * 2 })),
});

const article: Article = {
  slug: "demo",
  kk: version("kk", ["Кіріспе.", "Бірінші сөйлем. Алқабилер сотының жұмысы жақсы. Соңы."]),
  ru: version("ru", ["Введение.", "Первое. Работа суда присяжных хорошая. Конец."]),
  en: version("en", ["Intro.", "First. The jury court works well. End."]),
};

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
