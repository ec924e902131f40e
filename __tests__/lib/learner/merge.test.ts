// An import joins the browser's data in the order the library and the review page show it:
// texts newest first, saved terms in the order they were saved, whichever side each came from.
import { mergeLearnerData } from "@/lib/learner/merge";
import { COURT, EMPTY, JURY, OLDER_TEXT, TEXT } from "./fixtures";

describe("merging an imported backup", () => {
  it("keeps texts newest first and terms in the order they were saved", () => {
    const merged = mergeLearnerData({ ...EMPTY, terms: [COURT], texts: [OLDER_TEXT] }, { ...EMPTY, terms: [JURY], texts: [TEXT] });
    expect(merged.texts.map((t) => t.id)).toEqual([TEXT.id, OLDER_TEXT.id]);
    expect(merged.terms.map((t) => t.termId)).toEqual([JURY.termId, COURT.termId]);
  });
});
