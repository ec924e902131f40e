// Kazakh romanised the ways people type it in plain ASCII (zh for ж, sh for ш, ch for ч, gh for
// ғ, kh for х, ng for ң, k for қ, i for ы), besides the 2021 letters with or without their marks.
import { searchGlossary } from "@/lib/search";
import { romanKey } from "@/lib/search/keys";
import { fixtureIndex } from "./fixture";

const index = fixtureIndex();
const first = (query: string) => searchGlossary(index, query)[0];

describe("romanised Kazakh", () => {
  it.each([
    ["zhogargy sot", "supreme-court"],
    ["zhogargi sot", "supreme-court"],
    ["alkabiler soty", "jury-trial"],
    ["alqabiler soti", "jury-trial"],
    ["sybailas zhemkorlyk", "corruption"],
  ])("finds «%s» as %s, showing the term as the glossary spells it", (query, id) => {
    expect(first(query)).toMatchObject({ entry: { id }, kind: "exact" });
    expect(first(query)!.matched).toMatch(/[а-яәғқңөұүһі]/);
  });

  it.each([
    ["zhogargy sottyng", "supreme-court"],
    ["alkabiler sotynyng", "jury-trial"],
  ])("finds the inflected form «%s» of %s", (query, id) => {
    expect(first(query)).toMatchObject({ entry: { id }, kind: "inflected" });
  });

  it("ranks the letter-true spelling first: Jogargy sot is exact without any folding", () => {
    expect(first("Jogargy sot")).toMatchObject({ entry: { id: "supreme-court" }, kind: "exact" });
  });

  it("folds the romanisations to one spelling", () => {
    expect(romanKey("zhogargy")).toBe(romanKey("jogargy"));
    expect(romanKey("qazaqstan")).toBe(romanKey("kazakstan"));
    expect(romanKey("shart")).toBe("sart");
  });
});
