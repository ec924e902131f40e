// The queries of issue 18's table, as translators really type them, against the real glossary:
// each must bring the entry meant first, and say which form matched and why.
import { searchGlossary, type SearchResult } from "@/lib/search";
import { realIndex } from "./real-glossary";

const index = realIndex();
const search = (query: string) => searchGlossary(index, query);
const first = (query: string): SearchResult => search(query)[0]!;

describe("what translators type, and what they mean", () => {
  it.each([
    ["жогаргы сот", "supreme-court", "exact", "keyboard"],
    ["сот укими", "verdict", "exact", "keyboard"],
    ["куқық", "right", "exact", "keyboard"],
    ["алкабилер соты", "jury-trial", "exact", "keyboard"],
    ["сотынын", "court", "inflected", "keyboard"],
    ["zhogargy sot", "supreme-court", "exact", "roman"],
  ] as const)("%s finds %s first (%s, typed: %s)", (query, id, kind, typed) => {
    expect(first(query)).toMatchObject({ entry: { id }, kind, why: { typed, query } });
  });

  it("алкабилер соты no longer ranks сот first: the whole term comes before the term inside it", () => {
    const ids = search("алкабилер соты").map((r) => r.entry.id);
    expect(ids[0]).toBe("jury-trial");
    expect(ids.indexOf("court")).toBeGreaterThan(0);
  });

  it("медиацясы (a letter missing inside an inflected form) finds медиация, read as медиация + сы", () => {
    expect(first("медиацясы")).toMatchObject({
      entry: { id: "mediation" },
      kind: "near",
      why: { form: "медиация", edits: 1, analysis: { lemma: "медиация", suffixes: [{ form: "сы", tag: "poss3" }] } },
    });
  });

  it("сотынын is read as сот + ы + ның", () => {
    expect(first("сотынын").why?.analysis).toMatchObject({ lemma: "сот", suffixes: [{ form: "ы", tag: "poss3" }, { form: "ның", tag: "genitive" }] });
  });

  it("kurt finds court first, then the longer names with court in them", () => {
    const results = search("kurt");
    expect(results[0]).toMatchObject({ entry: { id: "court" }, kind: "near", matched: "court" });
    expect(results.slice(1).every((r) => r.kind === "near" && /court/i.test(r.matched))).toBe(true);
  });

  it("juries finds the names with jury in them, saying it is the plural", () => {
    const results = search("juries");
    expect(results.map((r) => r.entry.id)).toEqual(expect.arrayContaining(["jury-trial", "jury-verdict", "judicial-jury"]));
    for (const r of results.slice(0, 5)) expect(r.why?.analysis).toMatchObject({ lemma: "jury", suffixes: [{ tag: "plural" }] });
  });

  it("сотқа lists сот before the pretrial-investigation entries that begin with сотқа", () => {
    const results = search("сотқа");
    expect(results[0]).toMatchObject({ entry: { id: "court" }, kind: "inflected", why: { analysis: { suffixes: [{ form: "қа", tag: "dative" }] } } });
    expect(results.slice(1, 4).every((r) => r.kind === "prefix" && r.matched.startsWith("сотқа"))).toBe(true);
  });

  it("сотының says it is сот + ы + ның", () => {
    expect(first("сотының")).toMatchObject({
      entry: { id: "court" },
      kind: "inflected",
      why: { form: "сот", query: "сотының", analysis: { lemma: "сот", suffixes: [{ form: "ы" }, { form: "ның" }] } },
    });
  });

  it("Russian cases and English plurals of variants and terms", () => {
    expect(first("суда присяжных")).toMatchObject({ entry: { id: "jury-trial" }, kind: "inflected" });
    expect(first("Верховного Суда")).toMatchObject({ entry: { id: "supreme-court" }, kind: "inflected" });
    expect(first("courts")).toMatchObject({ entry: { id: "court" }, kind: "inflected", why: { analysis: { suffixes: [{ tag: "plural" }] } } });
  });

  it("does not take сотталған (convicted) for сот, even with a typo allowed", () => {
    expect(search("сотталған").map((r) => `${r.entry.id}:${r.kind}`)).not.toContain("court:inflected");
    expect(search("сотталған").map((r) => `${r.entry.id}:${r.kind}`)).not.toContain("court:near");
  });
});
