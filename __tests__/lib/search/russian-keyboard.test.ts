// Kazakh typed on a Russian keyboard: the letters it lacks typed as the nearest Russian ones
// (ғ→г, қ→к, ң→н, ө→о, ұ/ү→у, һ→х, і→и, ә→а) still find the term, and the whole multiword term
// comes before an entry that matched only one of its words.
import type { GlossaryEntry } from "@/lib/glossary/schema";
import { searchGlossary } from "@/lib/search";
import { russianKeyboardKey } from "@/lib/search/keys";
import { ENTRIES, fixtureIndex } from "./fixture";

const more: GlossaryEntry[] = [
  { id: "court-verdict", status: "draft", domains: ["procedure"], kk: { term: "сот үкімі", variants: [] }, ru: { term: "приговор суда", variants: [] }, en: { term: "court verdict", variants: [] }, sources: [], related: [] },
  { id: "law", status: "draft", domains: ["state"], kk: { term: "құқық", variants: [] }, ru: { term: "право", variants: [] }, en: { term: "law", variants: [] }, sources: [], related: [] },
];
const index = fixtureIndex([...ENTRIES, ...more]);
const first = (query: string) => searchGlossary(index, query)[0];

describe("Kazakh typed on a Russian keyboard", () => {
  it.each([
    ["жогаргы сот", "supreme-court", "Жоғарғы сот"],
    ["сот укими", "court-verdict", "сот үкімі"],
    ["куқық", "law", "құқық"],
    ["кукык", "law", "құқық"],
    ["алкабилер соты", "jury-trial", "алқабилер соты"],
  ])("finds «%s» as %s, showing the form as the glossary spells it", (query, id, form) => {
    expect(first(query)).toMatchObject({ entry: { id }, kind: "exact", matched: form });
  });

  it("puts the whole multiword term before «сот», which matched only one of its words", () => {
    const ids = searchGlossary(index, "алкабилер соты").map((r) => r.entry.id);
    expect(ids.indexOf("jury-trial")).toBeLessThan(ids.indexOf("court"));
  });

  it("ranks the Kazakh spelling itself before the keyboard spelling of another entry", () => {
    // «сот» is exactly «сот»; nothing spelt differently comes before it.
    expect(first("сот")).toMatchObject({ entry: { id: "court" }, kind: "exact" });
  });

  it.each([
    ["сотынын", "court"],
    ["жогаргы соттын", "supreme-court"],
    ["алкабилер сотынын", "jury-trial"],
    ["жемкорлыгы", "corruption"],
  ])("finds the inflected form «%s» of %s, the engine deciding which Kazakh spelling it is", (query, id) => {
    expect(first(query)).toMatchObject({ entry: { id }, kind: "inflected" });
  });

  it("still does not take сотталган (convicted) for an inflection of сот", () => {
    expect(searchGlossary(index, "сотталган").map((r) => `${r.entry.id}:${r.kind}`)).not.toContain("court:inflected");
  });

  it("also finds a prefix typed that way", () => {
    expect(searchGlossary(index, "жогарг").map((r) => `${r.entry.id}:${r.kind}`)).toContain("supreme-court:prefix");
  });

  it("writes each letter a Russian keyboard lacks as that keyboard's nearest letter, and nothing else", () => {
    expect(russianKeyboardKey("әғқңөұүһі")).toBe("агкноуухи");
    expect(russianKeyboardKey("суд присяжных")).toBe("суд присяжных");
  });
});
