import { nearWords } from "@/lib/search/near-words";

const sorted = (...words: string[]) => [...new Set(words)].sort();
const near = (words: string[], query: string, budget: number, stems = false) =>
  nearWords(words, query, budget, stems)
    .map((h) => `${h.word}:${h.cost}:${h.used}`)
    .sort();

describe("nearWords", () => {
  const words = sorted("медиация", "медиатор", "court", "curt", "part", "сот", "соттар");

  it("counts an insertion, deletion, substitution and a swap of neighbours as one edit each", () => {
    expect(near(words, "медиацияя", 1)).toEqual(["медиация:1:9"]);
    expect(near(words, "медиаия", 1)).toEqual(["медиация:1:7"]);
    expect(near(words, "медиацея", 1)).toEqual(["медиация:1:8"]);
    expect(near(words, "медиаиця", 1)).toEqual(["медиация:1:8"]);
  });

  it("charges half for a letter that sounds alike: kurt is 1.5 from court, 0.5 from curt", () => {
    expect(near(words, "kurt", 1.5)).toEqual(["court:1.5:4", "curt:0.5:4"]);
    expect(near(words, "kurt", 1)).toEqual(["curt:0.5:4"]);
  });

  it("keeps to the budget", () => {
    expect(near(words, "мидеацея", 2)).toEqual([]);
    expect(near(words, "медеацея", 2)).toEqual(["медиация:2:8"]);
  });

  it("with stems, also gives words close to a beginning of the query, the rest left as a suffix", () => {
    expect(near(words, "медиацясы", 1, true)).toContain("медиация:1:7");
    expect(near(words, "медиацясы", 1, false)).toEqual([]);
    expect(near(words, "соттары", 0, true)).toEqual(["сот:0:3", "соттар:0:6"]);
  });

  it("finds the same words as comparing with every word one by one", () => {
    // Words sharing long beginnings, so that skipping a beginning that costs too much matters.
    const many = sorted("сот", "сотқа", "соттар", "соттық", "сотталушы", "сол", "сөз", "сара", "ара", "медиатор", "медиация", "меди", "мекеме", "court", "courts", "curt");
    for (const query of ["сотар", "медиаця", "кurt", "courst", "сөт", "сотталшы"]) {
      for (const budget of [1, 1.5, 2]) {
        const one = (w: string) => nearWords([w], query, budget, true);
        expect(near(many, query, budget, true)).toEqual(many.flatMap(one).map((h) => `${h.word}:${h.cost}:${h.used}`).sort());
      }
    }
  });
});
