import { sentenceAround, splitSentences } from "@/lib/concordance/sentences";

const pieces = (text: string) => splitSentences(text).map((r) => text.slice(r.start, r.end));

describe("splitSentences", () => {
  it("splits at a full stop followed by a capital", () => {
    expect(pieces("Сот шешім шығарды. Судья кетті.")).toEqual(["Сот шешім шығарды.", "Судья кетті."]);
  });

  it("splits at question and exclamation marks and after a closing quote", () => {
    expect(pieces("Кім? «Мен келдім.» Иә!")).toEqual(["Кім?", "«Мен келдім.»", "Иә!"]);
  });

  it("does not cut after an initial such as Қ. Мәми", () => {
    expect(pieces("Кездесуде Қ. Мәми сөз сөйледі. Ол кетті.")).toEqual(["Кездесуде Қ. Мәми сөз сөйледі.", "Ол кетті."]);
  });

  it("does not cut after the abbreviations т.б. and т.е. before a capital", () => {
    expect(pieces("Терроризм, қылмыс т.б. Қазақстанда бар.")).toEqual(["Терроризм, қылмыс т.б. Қазақстанда бар."]);
    expect(pieces("Суды, т.е. Верховный суд, работают.")).toHaveLength(1);
  });

  it("does not cut before a lower-case word", () => {
    expect(pieces("жыл сайын 5 млн. адам келеді.")).toHaveLength(1);
    expect(pieces("Бұл т.б.) тұрғанын атап өтті.")).toHaveLength(1);
  });

  it("returns offsets into the original text, without surrounding spaces", () => {
    const text = "  Бірінші сөйлем.   Екінші сөйлем.  ";
    const ranges = splitSentences(text);
    expect(ranges).toEqual([
      { start: 2, end: 17 },
      { start: 20, end: 34 },
    ]);
  });

  it("keeps a text without terminal punctuation as one sentence", () => {
    expect(pieces("Жоғарғы сот")).toEqual(["Жоғарғы сот"]);
  });
});

describe("sentenceAround", () => {
  it("finds the sentence holding an occurrence", () => {
    const text = "Бірінші сөйлем. Алқабилер соты жұмыс істейді. Үшінші.";
    const at = text.indexOf("Алқабилер");
    const range = sentenceAround(text, at, at + 14);
    expect(text.slice(range.start, range.end)).toBe("Алқабилер соты жұмыс істейді.");
  });
});
