import type { Span } from "@/lib/annotate/types";
import { buildAlignedConcordance, countForms, type Excerpt, type Triple } from "@/lib/concordance/aligned";
import type { SpanFinder } from "@/lib/concordance/occurrences";
import { versionsOf } from "@/lib/articles/parse";
import { LANGS, type Lang } from "@/lib/glossary/schema";
import { demoArticle, realContent } from "./content";

const article = demoArticle({
  kk: [
    "Кіріспе.",
    "Бірінші сөйлем. Алқабилер сотының жұмысы жақсы. Соңы.",
    "Алқабилер соты құрылды. Кейін алқабилер сотында іс қаралды.",
    "Бұл абзацта термин жоқ.",
    "Алқабилер сотының төрағасы сөйледі.",
    "Алқабилер соты шешті. Алқабилер сотының төрағасы келді.",
  ],
  ru: [
    "Введение.",
    "Первое. Работа суда присяжных хорошая. Конец.",
    "Суд присяжных создан. Потом в суде присяжных рассмотрели дело.",
    "Здесь упомянут суд присяжных.",
    "Выступил Председатель суда присяжных.",
    "Суд присяжных решил. Пришёл Председатель суда присяжных.",
  ],
  en: [
    "Intro.",
    "First. The work is good. End.",
    "A jury court was set up. It heard a case.",
    "A jury court is named here.",
    "The chair of the jury court spoke.",
    "The jury court decided. Its chair came.",
  ],
});

// A finder standing in for the engine: the jury court in its inflected forms, and in Russian a
// longer term (the court's chairperson) that wins over it and holds it as an inner span.
const JURY: Record<Lang, RegExp> = { kk: /алқабилер сот\p{L}*/giu, ru: /суд\p{L}* присяжных/giu, en: /jury court/giu };
const CHAIR = /Председатель суда присяжных/gu;
const spansOf = (text: string, re: RegExp, termId: string): Span[] =>
  [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length, termId, text: m[0] }));
const finder: SpanFinder = (text, lang) => {
  const chairs = lang === "ru" ? spansOf(text, CHAIR, "jury-chair") : [];
  const jury = spansOf(text, JURY[lang], "jury-trial");
  for (const chair of chairs) chair.inner = jury.filter((s) => s.start >= chair.start && s.end <= chair.end);
  return [...chairs, ...jury.filter((s) => !chairs.some((c) => s.start >= c.start && s.end <= c.end))];
};

/** An excerpt as text, the marked runs in brackets; null for a language the article does not have. */
const shown = (e: Excerpt | null) => (e === null ? null : e.runs.map((r) => (r.marked ? `[${r.text}]` : r.text)).join(""));
const row = (t: Triple) => ({ paragraph: t.paragraph, form: t.form, kk: shown(t.kk), ru: shown(t.ru), en: shown(t.en) });

describe("buildAlignedConcordance", () => {
  const triples = buildAlignedConcordance([article], finder).get("jury-trial") ?? [];

  it("pairs each Kazakh occurrence with the same paragraph's Russian and English, the term marked in each", () => {
    expect(row(triples[0]!)).toEqual({
      paragraph: 2,
      form: "Алқабилер сотының",
      kk: "[Алқабилер сотының] жұмысы жақсы.",
      ru: "Работа [суда присяжных] хорошая.",
      en: "First. The work is good. End.",
    });
  });

  it("shows the whole translation paragraph, unmarked, where the term is not found in it", () => {
    expect(triples[0]!.en).toEqual({ runs: [{ text: "First. The work is good. End.", marked: false }], found: false });
    expect(triples[0]!.ru?.found).toBe(true);
  });

  it("gives two Kazakh occurrences of one paragraph two triples, each with the translation's occurrence of the same rank", () => {
    expect(triples.filter((t) => t.paragraph === 3).map(row)).toEqual([
      { paragraph: 3, form: "Алқабилер соты", kk: "[Алқабилер соты] құрылды.", ru: "[Суд присяжных] создан.", en: "A [jury court] was set up." },
      {
        paragraph: 3,
        form: "алқабилер сотында",
        kk: "Кейін [алқабилер сотында] іс қаралды.",
        ru: "Потом в [суде присяжных] рассмотрели дело.",
        // One English occurrence for two Kazakh ones: the English shows it to both.
        en: "A [jury court] was set up.",
      },
    ]);
  });

  it("keeps an occurrence found only in a translation, as one triple of its paragraph with the whole Kazakh paragraph", () => {
    expect(triples.filter((t) => t.paragraph === 4).map(row)).toEqual([
      { paragraph: 4, form: null, kk: "Бұл абзацта термин жоқ.", ru: "Здесь упомянут [суд присяжных].", en: "A [jury court] is named here." },
    ]);
    expect(triples.find((t) => t.paragraph === 4)!.kk.found).toBe(false);
  });

  it("marks the term where a translation has it only inside a longer term", () => {
    expect(row(triples.find((t) => t.paragraph === 5)!).ru).toBe("Выступил Председатель [суда присяжных].");
    // The longer term has its own triple, keyed by its paragraph, the Kazakh side unmarked.
    expect((buildAlignedConcordance([article], finder).get("jury-chair") ?? []).map(row)[0]).toEqual({
      paragraph: 5,
      form: null,
      kk: "Алқабилер сотының төрағасы сөйледі.",
      ru: "Выступил [Председатель суда присяжных].",
      en: "The chair of the jury court spoke.",
    });
  });

  it("pairs by rank the translation's occurrences of its own and inside longer terms alike", () => {
    expect(triples.filter((t) => t.paragraph === 6).map((t) => [shown(t.kk), shown(t.ru), shown(t.en)])).toEqual([
      ["[Алқабилер соты] шешті.", "[Суд присяжных] решил.", "The [jury court] decided."],
      ["[Алқабилер сотының] төрағасы келді.", "Пришёл Председатель [суда присяжных].", "The [jury court] decided."],
    ]);
  });

  it("lists the triples in paragraph order and none for a paragraph without the term", () => {
    expect(triples.map((t) => t.paragraph)).toEqual([2, 3, 3, 4, 5, 6, 6]);
  });

  it("has no triples for a term that occurs nowhere", () => {
    expect(buildAlignedConcordance([article], () => []).size).toBe(0);
  });
});

describe("countForms", () => {
  const withForms = (forms: (string | null)[]): Triple[] =>
    forms.map((form, i) => ({ termId: "t", slug: "a", paragraph: i + 1, form, kk: { runs: [], found: false }, ru: { runs: [], found: false }, en: { runs: [], found: false } }));

  it("folds case, counts the most frequent first and leaves out triples without a Kazakh form", () => {
    expect(countForms(withForms(["Сотының", "сотының", "СОТЫНЫҢ", "сотында", "сотында", "сотқа", null]))).toEqual([
      { form: "сотының", count: 3 },
      { form: "сотында", count: 2 },
      { form: "сотқа", count: 1 },
    ]);
  });

  it("orders forms met equally often in the Kazakh alphabet (ә after а, before б)", () => {
    expect(countForms(withForms(["бап", "әділ", "ана", "өмір", "от"])).map((f) => f.form)).toEqual(["ана", "әділ", "бап", "от", "өмір"]);
  });
});

describe("the aligned concordance of the real articles, found by the term engine", () => {
  const { articles, findSpans: find } = realContent({ inner: true });
  const concordance = buildAlignedConcordance(articles, find);
  const paragraphText = (t: Triple, lang: Lang) => articles.find((a) => a.slug === t.slug)?.[lang]?.paragraphs[t.paragraph - 1]?.text;

  it("shows in each language a piece of the paragraph with the triple's number", () => {
    for (const triples of concordance.values()) {
      for (const triple of triples) {
        for (const lang of LANGS) expect(paragraphText(triple, lang)).toContain(triple[lang]?.runs.map((r) => r.text).join(""));
      }
    }
  });

  it("marks the Supreme Court in all three languages of every triple, in Russian inside «Председатель Верховного суда» too", () => {
    const triples = concordance.get("supreme-court") ?? [];
    expect(triples.length).toBeGreaterThan(5);
    for (const triple of triples) {
      expect(LANGS.filter((lang) => triple[lang]?.runs.some((r) => r.marked))).toEqual(["kk", "ru", "en"]);
    }
  });

  it("shows every occurrence the engine finds, in every language, marked in a triple of its paragraph", () => {
    for (const article of articles) {
      for (const { lang, paragraphs } of versionsOf(article)) {
        for (const paragraph of paragraphs) {
          for (const span of find(paragraph.text, lang)) {
            const triples = (concordance.get(span.termId) ?? []).filter((t) => t.slug === article.slug && t.paragraph === paragraph.index + 1);
            const marked = triples.flatMap((t) => t[lang]?.runs.filter((r) => r.marked).map((r) => r.text) ?? []);
            expect([span.termId, marked]).toEqual([span.termId, expect.arrayContaining([span.text])]);
          }
        }
      }
    }
  });
});
