import { decodeGrammar, encodeGrammar } from "@/lib/marks/grammar-attr";

describe("the grammar attribute of a term mark", () => {
  it("carries an analysis to the card layer unchanged", () => {
    const analysis = { lemma: "сот", stem: "Сот", suffixes: [{ form: "ы", tag: "poss3" as const }, { form: "ның", tag: "genitive" as const }] };
    expect(encodeGrammar(analysis)).toBe("Сот|сот||ы:poss3,ның:genitive");
    expect(decodeGrammar(encodeGrammar(analysis))).toEqual(analysis);
  });

  it("keeps the hyphen of an inflected abbreviation", () => {
    const analysis = { lemma: "БҰҰ", stem: "БҰҰ", hyphen: "-", suffixes: [{ form: "ның", tag: "genitive" as const }] };
    expect(decodeGrammar(encodeGrammar(analysis))).toEqual(analysis);
  });

  it("is left out for a word in its dictionary form", () => {
    expect(encodeGrammar({ lemma: "сот", stem: "сот", suffixes: [] })).toBeUndefined();
    expect(decodeGrammar(undefined)).toBeUndefined();
  });
});
