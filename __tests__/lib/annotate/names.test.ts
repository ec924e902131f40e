// Names as a termbase writes them, found in text: a case-sensitive name (Мәжіліс the chamber,
// not мәжіліс a meeting), names with a comma or brackets inside them, and the shorter terms a
// long official name wins over, given on request as its inner spans.
import { annotate, buildTermIndex } from "@/lib/annotate";
import { entrySchema } from "@/lib/glossary/schema";
import { entry } from "./glossary-fixture";

const spansOf = (text: string, index: ReturnType<typeof buildTermIndex>) => annotate(text, index).map((s) => [s.text, s.termId]);

describe("a case-sensitive name", () => {
  const chamber = entrySchema.parse({ id: "mazhilis", status: "draft", domains: ["state"], kk: { term: "Мәжіліс", caseSensitive: true }, ru: { term: "Мажилис" }, en: { term: "Mazhilis" } });

  it("is found only where its words begin with the same capitals, inflected or in upper case", () => {
    const kk = buildTermIndex([chamber], "kk");
    expect(spansOf("Мәжіліс депутаттары заң жобасын мақұлдады.", kk)).toEqual([["Мәжіліс", "mazhilis"]]);
    expect(spansOf("Мәжілістің отырысы.", kk)).toEqual([["Мәжілістің", "mazhilis"]]);
    expect(spansOf("МӘЖІЛІС", kk)).toEqual([["МӘЖІЛІС", "mazhilis"]]);
    expect(spansOf("Ауыл ақсақалдары мәжіліс құрды.", kk)).toEqual([]);
    expect(spansOf("Жиналыс мәжіліс залында өтті.", kk)).toEqual([]);
    expect(spansOf("Мәжіліс залында", kk)).toEqual([["Мәжіліс", "mazhilis"]]);
  });

  it("leaves the lower-case word to an entry that ignores case", () => {
    const kk = buildTermIndex([chamber, entry("meeting", "мәжіліс")], "kk");
    expect(spansOf("Мәжіліс пен мәжіліс", kk)).toEqual([["Мәжіліс", "mazhilis"], ["мәжіліс", "meeting"]]);
  });
});

describe("names with punctuation inside", () => {
  const entries = [
    entry("murder-in-passion", "жан толқуы жағдайында адам өлтіру", { term: "убийство, совершённое в состоянии аффекта" }, "murder in a state of passion"),
    entry("simplified-proceedings", "оңайлатылған (жазбаша) іс жүргізу", "упрощённое (письменное) производство", "simplified (written) proceedings"),
    entry("murder", "адам өлтіру", "убийство", "murder"),
  ];

  it("finds a Russian name across its comma", () => {
    const ru = buildTermIndex(entries, "ru");
    expect(spansOf("Деяние квалифицировано как убийство, совершенное в состоянии аффекта.", ru)).toEqual([["убийство, совершенное в состоянии аффекта", "murder-in-passion"]]);
  });

  it("finds names across brackets, and only with the same punctuation", () => {
    expect(spansOf("Іс оңайлатылған (жазбаша) іс жүргізу тәртібімен қаралды.", buildTermIndex(entries, "kk"))).toEqual([["оңайлатылған (жазбаша) іс жүргізу", "simplified-proceedings"]]);
    expect(spansOf("in simplified (written) proceedings", buildTermIndex(entries, "en"))).toEqual([["simplified (written) proceedings", "simplified-proceedings"]]);
    // A comma where the name has a space is the end of a phrase, not the name.
    expect(spansOf("убийство, совершённое. Убийство совершённое в состоянии аффекта", buildTermIndex(entries, "ru"))).toEqual([["убийство", "murder"], ["Убийство", "murder"]]);
  });
});

describe("inner spans", () => {
  const entries = [
    entry("ohchr", "БҰҰ-ның адам құқықтары жөніндегі Жоғарғы комиссарының басқармасы"),
    entry("un", { term: "БҰҰ", variants: ["Біріккен Ұлттар Ұйымы"] }),
    entry("human-rights", "адам құқықтары"),
    entry("supreme-court", "Жоғарғы Сот"),
    entry("court", "сот"),
  ];
  const kk = buildTermIndex(entries, "kk");

  it("are the shorter terms a long name won over, longest first and not overlapping, when asked for", () => {
    const text = "БҰҰ-ның адам құқықтары жөніндегі Жоғарғы комиссарының басқармасы мәлімдеді.";
    const [span] = annotate(text, kk, { inner: true });
    expect(span?.termId).toBe("ohchr");
    expect(span?.inner?.map((s) => [s.text, s.termId, s.analysis?.suffixes.map((x) => x.tag)])).toEqual([
      ["БҰҰ-ның", "un", ["genitive"]],
      ["адам құқықтары", "human-rights", ["plural", "poss3"]],
    ]);
    expect(annotate(text, kk)[0]?.inner).toBeUndefined();
  });

  it("are left out where nothing shorter stood inside, and never repeat the span itself", () => {
    const spans = annotate("Жоғарғы Соттың шешімі", kk, { inner: true });
    expect(spans.map((s) => [s.text, s.termId, s.inner?.map((i) => i.termId)])).toEqual([["Жоғарғы Соттың", "supreme-court", ["court"]]]);
    expect(annotate("соттың", kk, { inner: true })[0]?.inner).toBeUndefined();
  });
});
