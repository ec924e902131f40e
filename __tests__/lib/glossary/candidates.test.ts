import { buildTermIndex } from "@/lib/annotate";
import { dictionaryFormOfLast, findCandidates } from "@/lib/glossary/candidates";
import { entrySchema } from "@/lib/glossary/schema";

const entry = (id: string, kk: string) =>
  entrySchema.parse({ id, status: "draft", domains: ["courts"], kk: { term: kk }, ru: { term: id }, en: { term: id } });

const glossary = [entry("court", "сот"), entry("supreme-court", "Жоғарғы сот")];
const index = buildTermIndex(glossary, "kk");

const texts = [
  {
    slug: "first",
    paragraphs: [
      "Сот жүйесін жетілдіру маңызды. Жоғарғы сот отырыс өткізді.",
      "Сот жүйелерінің жұмысы талқыланды. Жоба іске асырылды.",
    ],
  },
  { slug: "second", paragraphs: ["Адам құқықтарын қорғау керек. Жоба іске асырылды. Адам құқығы туралы айтылды."] },
];

describe("findCandidates", () => {
  const candidates = findCandidates(texts, glossary, index);

  it("reduces inflected phrases to one dictionary form and counts them, with the first sentence", () => {
    expect(candidates).toContainEqual({
      phrase: "сот жүйесі",
      count: 2,
      example: "Сот жүйесін жетілдіру маңызды.",
      slug: "first",
    });
    expect(candidates).toContainEqual(expect.objectContaining({ phrase: "адам құқығы", count: 2, slug: "second" }));
  });

  it("leaves out what the glossary has, verb idioms and phrases seen once", () => {
    const phrases = candidates.map((c) => c.phrase);
    expect(phrases).not.toContain("жоғарғы сот");
    expect(phrases.some((p) => p.includes("іске"))).toBe(false);
    expect(phrases.some((p) => p.includes("отырыс"))).toBe(false);
  });

  it("ranks by frequency", () => {
    const counts = candidates.map((c) => c.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});

describe("findCandidates on one text, phrases seen once", () => {
  const phrasesOf = (paragraph: string) => findCandidates([{ slug: "one", paragraphs: [paragraph] }], glossary, index, { minCount: 1 }).map((c) => c.phrase);

  it("finds the legal noun phrase of a sentence", () => {
    expect(phrasesOf("Қаржы сотын ашу туралы шешім қабылданды.")).toContain("қаржы соты");
  });

  it("keeps a word the analyser could misread as a first person form (заңнама)", () => {
    expect(phrasesOf("Заңнама нормалары туралы айтылды.")).toEqual(["заңнама нормасы"]);
  });

  it("leaves out a verb's object with its verb (сотын құру) and an adverbial before a phrase (Астанада)", () => {
    const phrases = phrasesOf("Астанада қаржы сотын құру жоспарланды.");
    expect(phrases).toContain("қаржы соты");
    expect(phrases.some((p) => p.includes("құру"))).toBe(false);
  });

  it("leaves out a converb with its auxiliary (жазасын өтеп жүрген)", () => {
    const phrases = phrasesOf("Жазасын өтеп жүрген қылмыскерлер қайтарылды.");
    expect(phrases.some((p) => p.includes("жүрген") || p.includes("өтеп"))).toBe(false);
  });

  it("leaves out a phrase cut before the noun its last word modifies", () => {
    const phrases = phrasesOf("Соттың судьялары мен аппарат қызметкерлері қатысты.");
    expect(phrases).not.toContain("судьялары мен аппарат");
  });
});

describe("dictionaryFormOfLast", () => {
  it("keeps the possessive of a compound's head after a noun", () => {
    expect(dictionaryFormOfLast("төрелігінің", "сот")).toBe("төрелігі");
    expect(dictionaryFormOfLast("жүйелерін", "сот")).toBe("жүйесі");
  });

  it("drops the inflection after an adjective", () => {
    expect(dictionaryFormOfLast("сотының", "жоғарғы")).toBe("сот");
    expect(dictionaryFormOfLast("істерді", "қылмыстық")).toBe("іс");
  });
});
