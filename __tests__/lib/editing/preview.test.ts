// The preview shows what the reader will show: the places the entry would be marked, with the
// grammar of each form, the marks it takes from shorter names, the forms it accepts and the words
// that begin like it but are another word.
import { readFileSync } from "node:fs";
import path from "node:path";
import { annotate, buildTermIndex } from "@/lib/annotate";
import { loadArticles } from "@/lib/articles/load";
import { paradigmOf, previewEntry } from "@/lib/editing/preview";
import { loadGlossary } from "@/lib/glossary/load";
import type { GlossaryEntry, Lang } from "@/lib/glossary/schema";

const FIXTURES = path.join(__dirname, "../../fixtures");
const { entries } = loadGlossary(
  ["court", "judge", "supreme-court"].map((id) => ({ path: `glossary/${id}.yaml`, source: readFileSync(path.join(FIXTURES, `glossary/valid/${id}.yaml`), "utf8") })),
);

const front = (title: string) => `---\ntitle: ${title}\ndate: 2024-03-01\n---\n`;
const { articles, problems } = loadArticles([
  {
    slug: "decisions",
    dir: "articles/decisions",
    files: {
      kk: { path: "articles/decisions/kk.md", source: `${front("Шешімдер")}Сот шешімін жариялады. Соттың шешімі күшіне енді.\n\nСотталған адам сотқа келді.\n` },
      ru: { path: "articles/decisions/ru.md", source: `${front("Решения")}Суд огласил решение суда. Решение суда вступило в силу.\n\nОсуждённый пришёл в суд.\n` },
      en: { path: "articles/decisions/en.md", source: `${front("Decisions")}The court announced its court decision. The court decision took effect.\n\nThe convicted person came to court.\n` },
    },
  },
]);

const indexes = Object.fromEntries((["kk", "ru", "en"] as Lang[]).map((lang) => [lang, buildTermIndex(entries, lang)])) as Record<Lang, ReturnType<typeof buildTermIndex>>;
const marksToday = (text: string, lang: Lang) => annotate(text, indexes[lang]);

const decision: GlossaryEntry = {
  id: "court-decision",
  status: "draft",
  domains: ["procedure"],
  kk: { term: "сот шешімі", variants: ["соттың шешімі"] },
  ru: { term: "решение суда", variants: [] },
  en: { term: "court decision", variants: [] },
  sources: [],
  related: [],
} as unknown as GlossaryEntry;

describe("previewEntry", () => {
  it("has articles to look in", () => expect(problems.filter((p) => p.severity === "error")).toEqual([]));

  it("lists each place the entry would be marked, with the form and its grammar", () => {
    const preview = previewEntry({ entry: decision, others: entries, articles, marksToday });
    const kk = preview.occurrences.filter((o) => o.lang === "kk");
    expect(kk.map((o) => o.form)).toEqual(["Сот шешімін", "Соттың шешімі"]);
    expect(kk[0]).toMatchObject({ article: "decisions", title: "Шешімдер", paragraph: 1 });
    expect(kk[0]!.grammar?.suffixes.map((s) => s.tag)).toEqual(["poss3", "accusative"]);
    expect(kk[0]!.text.slice(kk[0]!.start, kk[0]!.end)).toBe("Сот шешімін");
    expect(preview.occurrences.filter((o) => o.lang === "ru").map((o) => o.form)).toEqual(["решение суда", "Решение суда"]);
    expect(preview.occurrences.filter((o) => o.lang === "en").map((o) => o.form)).toEqual(["court decision", "court decision"]);
  });

  it("names the marks it would take from a shorter name (the longest name wins)", () => {
    const preview = previewEntry({ entry: decision, others: entries, articles, marksToday });
    expect(preview.takenFrom.filter((m) => m.lang === "kk")).toEqual([
      { article: "decisions", lang: "kk", paragraph: 1, termId: "court", text: "Сот", form: "Сот шешімін" },
      { article: "decisions", lang: "kk", paragraph: 1, termId: "court", text: "Соттың", form: "Соттың шешімі" },
    ]);
  });

  it("lists the words that begin like a one-word term but are another word (сотталған is not сот)", () => {
    const court = entries.find((e) => e.id === "court")!;
    const preview = previewEntry({ entry: court, others: entries.filter((e) => e.id !== "court"), articles, marksToday });
    expect(preview.unmatched).toContainEqual({ lang: "kk", word: "сотталған", count: 1 });
    expect(preview.unmatched.some((w) => w.word === "сотқа" || w.word === "соттың")).toBe(false);
  });


  it("finds a word whose stem loses a vowel before a suffix (орын -> орны)", () => {
    const place: GlossaryEntry = { ...decision, id: "place", kk: { term: "орын", variants: [] }, ru: { term: "место", variants: [] }, en: { term: "place", variants: [] } } as GlossaryEntry;
    const { articles: withPlace } = loadArticles([
      {
        slug: "place",
        dir: "articles/place",
        files: {
          kk: { path: "articles/place/kk.md", source: `${front("Орын")}Оның орны бос қалды.\n` },
          ru: { path: "articles/place/ru.md", source: `${front("Место")}Его место осталось пустым.\n` },
          en: { path: "articles/place/en.md", source: `${front("Place")}His place stayed empty.\n` },
        },
      },
    ]);
    const preview = previewEntry({ entry: place, others: entries, articles: withPlace, marksToday });
    expect(preview.occurrences.map((o) => [o.lang, o.form])).toEqual([
      ["kk", "орны"],
      ["ru", "место"],
      ["en", "place"],
    ]);
  });
});

describe("paradigmOf", () => {
  it("gives the forms the engine reads as the entry, each with its suffixes, and none it does not", () => {
    const court = entries.find((e) => e.id === "court")!;
    const forms = paradigmOf(court);
    const kk = new Map(forms.filter((f) => f.lang === "kk").map((f) => [f.form, f.suffixes]));
    expect(kk.get("сот")).toEqual([]);
    expect(kk.get("сотқа")).toEqual(["dative"]);
    expect(kk.get("соттарының")).toEqual(["plural", "poss3", "genitive"]);
    expect(kk.has("сотталған")).toBe(false);
    // Every form listed is one the engine marks as the entry.
    const index = buildTermIndex([court], "kk");
    for (const form of kk.keys()) expect(annotate(form, index).map((s) => [s.termId, s.text])).toEqual([["court", form]]);
    expect(forms.filter((f) => f.lang === "ru").map((f) => f.form)).toEqual(expect.arrayContaining(["суд", "суда", "судом", "судах"]));
    expect(forms.filter((f) => f.lang === "en").map((f) => f.form)).toEqual(["court", "courts", "court's", "courts'"]);
  });

  it("gives each language its forms, however many the Kazakh term has", () => {
    const long = { ...entries.find((e) => e.id === "court")!, kk: { term: "әкімшілік қамаққа алу", variants: [] } } as GlossaryEntry;
    const forms = paradigmOf(long);
    expect(forms.filter((f) => f.lang === "en").length).toBe(4);
    expect(forms.filter((f) => f.lang === "ru").length).toBeGreaterThan(5);
  });
});
