import { normalizeText, normalizeWord } from "@/lib/morphology/normalize";

describe("normalizeWord", () => {
  it.each([
    ["ЖОҒАРҒЫ СОТ", "жоғарғы сот"],
    ["мемлекеттiк", "мемлекеттік"],
    ["ІСКЕ", "іске"],
    ["IСКЕ", "іске"],
    ["жəне", "және"],
    ["Ɵзі", "өзі"],
    ["ѳкім", "өкім"],
    ["заӊ", "заң"],
    ["сoт", "сот"],
    ["Қазақстан\u00adның", "қазақстанның"],
    ["іс\u2011шара", "іс-шара"],
    ["Объединённых", "объединенных"],
    ["AIFC", "aifc"],
    ["AIFC-тың", "aifc-тың"],
    ["Yкім", "үкім"],
  ])("folds %s to %s", (input, expected) => {
    expect(normalizeWord(input)).toBe(expected);
  });

  it("composes decomposed letters (NFC)", () => {
    expect(normalizeWord("и\u0306")).toBe("й");
  });

  it("leaves Latin words without Cyrillic letters Latin", () => {
    expect(normalizeWord("Supreme Court")).toBe("supreme court");
  });
});

describe("normalizeText", () => {
  it("maps every folded unit back to the original offsets", () => {
    const original = "Сот\u00adтың жəне";
    const { text, starts, ends } = normalizeText(original);
    expect(text).toBe("соттың және");
    const s = text.indexOf("тың");
    expect(original.slice(starts[s], ends[s + 2])).toBe("тың");
    const w = text.indexOf("және");
    expect(original.slice(starts[w], ends[w + 3])).toBe("жəне");
  });
});
