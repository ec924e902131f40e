import { isSpaceGap, originalOffset, tokenize } from "@/lib/morphology/tokenize";

const words = (text: string) => tokenize(text).map((t) => text.slice(t.start, t.end));

describe("tokenize", () => {
  it("keeps hyphenated words whole", () => {
    expect(words("іс-шара, сот-құқықтық реформа; БҰҰ-ның")).toEqual(["іс-шара", "сот-құқықтық", "реформа", "БҰҰ-ның"]);
  });

  it("treats dash variants inside a word as a hyphen and folds them", () => {
    const [token] = tokenize("іс\u2013шара");
    expect(token?.norm).toBe("іс-шара");
  });

  it("does not join words around a spaced dash", () => {
    expect(words("сот – құқық")).toEqual(["сот", "құқық"]);
  });

  it("keeps a soft hyphen inside a word and maps folded offsets to the original", () => {
    const text = "Қазақстан\u00adның";
    const [token] = tokenize(text);
    expect(token?.norm).toBe("қазақстанның");
    expect(token && text.slice(originalOffset(text, token, 9), token.end)).toBe("ның");
  });

  it("folds Latin look-alikes only in word parts with Cyrillic", () => {
    expect(tokenize("AIFC-тың мемлекеттiк").map((t) => t.norm)).toEqual(["aifc-тың", "мемлекеттік"]);
  });

  it("keeps English possessives in the word", () => {
    expect(words("the court's and the courts' rulings")).toEqual(["the", "court's", "and", "the", "courts'", "rulings"]);
  });

  it("handles astral characters and combining marks without losing offsets", () => {
    const text = "😀 и\u0306ә 𝐀b";
    for (const t of tokenize(text)) expect(t.end).toBeGreaterThan(t.start);
    expect(tokenize(text)[0]?.norm).toBe("йә");
  });
});

describe("isSpaceGap", () => {
  it("accepts spaces and non-breaking spaces but not punctuation or a blank line", () => {
    expect(isSpaceGap("a \u00a0b", 1, 3)).toBe(true);
    expect(isSpaceGap("a, b", 1, 3)).toBe(false);
    expect(isSpaceGap("a\n\nb", 1, 3)).toBe(false);
    expect(isSpaceGap("«Астана» халықаралық", 7, 9)).toBe(true);
  });
});
