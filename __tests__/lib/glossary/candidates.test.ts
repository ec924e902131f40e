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
