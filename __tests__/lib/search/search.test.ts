import { MATCH_KINDS, searchGlossary } from "@/lib/search";
import { fixtureIndex } from "./fixture";

const index = fixtureIndex();
const found = (query: string, domain?: Parameters<typeof searchGlossary>[2]) =>
  searchGlossary(index, query, domain).map((r) => `${r.entry.id}:${r.kind}`);
const first = (query: string) => searchGlossary(index, query)[0];

describe("exact matches", () => {
  it("finds an entry whose Kazakh, Russian or English term equals the query", () => {
    expect(first("алқабилер соты")).toMatchObject({ entry: { id: "jury-trial" }, kind: "exact" });
    expect(first("суд присяжных")).toMatchObject({ entry: { id: "jury-trial" }, kind: "exact" });
    expect(first("jury trial")).toMatchObject({ entry: { id: "jury-trial" }, kind: "exact" });
  });

  it("ignores case, extra spaces, ё and Latin look-alike letters typed in Cyrillic", () => {
    expect(first("  ЖОҒАРҒЫ   СОТ ")).toMatchObject({ entry: { id: "supreme-court" }, kind: "exact" });
    expect(first("Жoғaрғы сoт")).toMatchObject({ entry: { id: "supreme-court" }, kind: "exact" });
  });

  it("finds an entry by one of its variants", () => {
    expect(first("алқа заседательдері соты")).toMatchObject({ entry: { id: "jury-trial" }, kind: "exact" });
  });
});

describe("prefix matches", () => {
  it("finds the terms that begin with the query, after the exact match", () => {
    const results = found("сот");
    expect(results[0]).toBe("court:exact");
    expect(results.slice(1, 3).sort()).toEqual(["defendant:prefix", "judicial-system:prefix"]);
  });

  it("finds terms with a later word that begins with the query, after those that begin with it", () => {
    expect(found("присяжн")).toEqual(["juror:prefix", "jury-trial:word"]);
  });
});

describe("inflected forms", () => {
  it("finds алқабилер соты from алқабилер сотының", () => {
    expect(first("алқабилер сотының")).toMatchObject({ entry: { id: "jury-trial" }, kind: "inflected" });
  });

  it("finds Жоғарғы сот from Жоғарғы Соттың", () => {
    expect(first("Жоғарғы Соттың")).toMatchObject({ entry: { id: "supreme-court" }, kind: "inflected" });
  });

  it("finds суд присяжных from суда присяжных", () => {
    expect(first("суда присяжных")).toMatchObject({ entry: { id: "jury-trial" }, kind: "inflected" });
  });

  it("finds an abbreviation inflected after a hyphen", () => {
    expect(first("ЕҚЫҰ-ның")).toMatchObject({ entry: { id: "osce" }, kind: "inflected" });
  });

  it("does not take сотталған (convicted) for an inflection of сот", () => {
    expect(found("сотталған")).not.toContain("court:inflected");
  });
});

describe("Latin-script Kazakh", () => {
  it("finds alqabiler soty, Joğarğy sot and plain-ASCII Jogargy sot", () => {
    expect(first("alqabiler soty")).toMatchObject({ entry: { id: "jury-trial" }, kind: "exact" });
    expect(first("Joğarğy sot")).toMatchObject({ entry: { id: "supreme-court" }, kind: "exact" });
    expect(first("Jogargy sot")).toMatchObject({ entry: { id: "supreme-court" }, kind: "exact" });
  });

  it("finds inflected forms typed in Latin, with or without diacritics", () => {
    expect(first("alqabiler sotynyñ")).toMatchObject({ entry: { id: "jury-trial" }, kind: "inflected" });
    expect(first("jogargy sottyn")).toMatchObject({ entry: { id: "supreme-court" }, kind: "inflected" });
  });

  it("finds a voiced stem typed in Latin: jemqorlygy from жемқорлық", () => {
    expect(found("sybailas jemqorlygy")).toContain("corruption:inflected");
  });

  it("finds a Latin prefix", () => {
    expect(found("alqab")).toEqual(expect.arrayContaining(["jury-trial:prefix", "juror:prefix"]));
  });
});

describe("near misses", () => {
  it("finds a term with one letter wrong, missing, extra or two letters swapped", () => {
    expect(first("медиацея")).toMatchObject({ entry: { id: "mediation" }, kind: "near" });
    expect(first("медиаия")).toMatchObject({ entry: { id: "mediation" }, kind: "near" });
    expect(first("медиацияя")).toMatchObject({ entry: { id: "mediation" }, kind: "near" });
    expect(first("медиаиця")).toMatchObject({ entry: { id: "mediation" }, kind: "near" });
    expect(first("mediatoin")).toMatchObject({ entry: { id: "mediation" }, kind: "near" });
  });

  it("finds a term two typos away, but nothing three away", () => {
    expect(first("медеацея")).toMatchObject({ entry: { id: "mediation" }, kind: "near", why: { edits: 2 } });
    expect(found("мидеацея")).toEqual([]);
  });

  it("finds a misspelt inflected form, saying how it is inflected", () => {
    expect(first("медиацясы")).toMatchObject({
      entry: { id: "mediation" },
      kind: "near",
      why: { form: "медиация", edits: 1, analysis: { lemma: "медиация", suffixes: [{ form: "сы", tag: "poss3" }] } },
    });
  });

  it("does not correct a query that already names a term or begins one", () => {
    expect(found("медиация")).toEqual(["mediation:exact"]);
    expect(found("медиац")).toEqual(["mediation:prefix"]);
  });
});

describe("ranking", () => {
  it("puts a whole term inflected before a term that begins with the query, and that before one of its words inflected", () => {
    expect(found("courts")).toEqual(["court:inflected", "court-martial:prefix", "supreme-court:word"]);
  });

  it("puts a whole multiword term before a match of one of its words", () => {
    // Typed on a Russian keyboard, the engine reads only соты (сот + ы) as a term; the whole name still comes first.
    expect(found("алкабилер соты")).toEqual(["jury-trial:exact", "court:word"]);
    expect(found("жогаргы сотта")).toEqual(["supreme-court:inflected", "court:word"]);
  });

  it("puts an inflected match before a near miss: corruptions finds corruption as an inflection", () => {
    expect(found("corruptions")).toEqual(["corruption:inflected"]);
  });

  it("orders every result list exact > inflected > prefix > word > near", () => {
    for (const query of ["сот", "court", "суд", "alqab", "медиацея", "соты", "courts", "сотының", "juries", "kurt"]) {
      const ranks = searchGlossary(index, query).map((r) => MATCH_KINDS.indexOf(r.kind as (typeof MATCH_KINDS)[number]));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
  });
});

describe("domains and browsing", () => {
  it("keeps only the entries of the chosen domain", () => {
    expect(found("сот", { domain: "criminal-law" })).toEqual(["defendant:prefix"]);
    expect(found("соты", { domain: "procedure" })).toEqual(["jury-trial:word"]);
  });

  it("lists every entry in Kazakh alphabetical order when there is no query", () => {
    const terms = searchGlossary(index, "  ").map((r) => r.entry.kk.term);
    expect(terms).toEqual([
      "алқаби",
      "алқабилер соты",
      "әскери сот",
      "ЕҚЫҰ",
      "Жоғарғы сот",
      "медиация",
      "сот",
      "сот жүйесі",
      "сотталушы",
      "сыбайлас жемқорлық",
    ]);
    expect(searchGlossary(index, "").every((r) => r.kind === "browse")).toBe(true);
  });
});
