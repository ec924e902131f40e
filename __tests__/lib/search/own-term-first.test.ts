// Property: every entry is found first by its own preferred term, in each of the three
// languages and, for Kazakh, in Latin letters too. Where two entries share a term (a homonym),
// only entries with that very term may come before it.
import fc from "fast-check";
import { LANGS } from "@/lib/glossary/schema";
import { searchGlossary, type SearchIndex } from "@/lib/search";
import { asciiKey, kazakhLatinKey, searchKey } from "@/lib/search/keys";
import { toLatin } from "@/lib/translit";
import { fixtureIndex } from "./fixture";
import { realIndex } from "./real-glossary";

const sameKey = (a: string, b: string) => searchKey(a) === searchKey(b) || asciiKey(a) === asciiKey(b) || kazakhLatinKey(a) === asciiKey(b);

/** Where the entry stands in the results for its own term, and what stands before it. */
function standing(index: SearchIndex, id: string, query: string) {
  const results = searchGlossary(index, query);
  const at = results.findIndex((r) => r.entry.id === id);
  return { at, result: results[at], before: results.slice(0, Math.max(at, 0)) };
}

function expectFirstByOwnTerm(index: SearchIndex, id: string, query: string) {
  const { at, result, before } = standing(index, id, query);
  // The query travels in each expectation so a failure names it.
  expect({ query, id, found: at >= 0, kind: result?.kind }).toEqual({ query, id, found: true, kind: "exact" });
  for (const other of before) {
    const names = LANGS.flatMap((lang) => [other.entry[lang].term, ...other.entry[lang].variants]);
    expect({ query, before: other.entry.id, homonym: names.some((n) => sameKey(n, query)) }).toEqual({ query, before: other.entry.id, homonym: true });
  }
}

describe("every entry is found first by its own preferred term", () => {
  const index = realIndex();

  it.each(LANGS)("in %s, for every entry of the glossary", (lang) => {
    for (const entry of index.entries) expectFirstByOwnTerm(index, entry.id, entry[lang].term);
  });

  it("in Latin-script Kazakh, for every entry of the glossary", () => {
    for (const entry of index.entries) expectFirstByOwnTerm(index, entry.id, toLatin(entry.kk.term));
  });
});

describe("in any glossary", () => {
  // Made-up Kazakh, Russian and English names of one to three words.
  const word = (letters: string) => fc.stringMatching(new RegExp(`^[${letters}]{2,9}$`));
  const name = (letters: string) => fc.array(word(letters), { minLength: 1, maxLength: 3 }).map((w) => w.join(" "));
  const glossary = fc.uniqueArray(fc.tuple(name("абдеқғлмнорстұүыі"), name("абвгдежзиклмнопрстуя"), name("abcdefghiklmnoprstuy")), {
    minLength: 1,
    maxLength: 25,
    selector: ([kk, ru, en]) => [searchKey(kk), searchKey(ru), asciiKey(en)].join("|"),
  });

  it("puts each entry first, or after homonyms only, for its own term in each language", () => {
    fc.assert(
      fc.property(glossary, (names) => {
        const entries = names.map(([kk, ru, en], i) => ({
          id: `e${i}`,
          status: "draft" as const,
          domains: ["courts" as const],
          kk: { term: kk, variants: [] },
          ru: { term: ru, variants: [] },
          en: { term: en, variants: [] },
          sources: [],
          related: [],
        }));
        const index = fixtureIndex(entries);
        for (const entry of entries) for (const lang of LANGS) expectFirstByOwnTerm(index, entry.id, entry[lang].term);
      }),
      { numRuns: 60, seed: 18 },
    );
  });
});
