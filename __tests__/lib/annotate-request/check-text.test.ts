import { checkPageText } from "@/lib/annotate-request/check-text";
import { MAX_PAGE_TEXT_CHARS } from "@/lib/annotate-request/limits";

describe("checkPageText (the /annotate form)", () => {
  it("accepts a text in one of the glossary's languages", () => {
    expect(checkPageText("Алқабилер соты", "kk")).toEqual({ ok: true, text: "Алқабилер соты", lang: "kk" });
  });

  it("refuses a text over the page's limit, saying its length and the limit", () => {
    const text = "а".repeat(MAX_PAGE_TEXT_CHARS + 1);
    expect(checkPageText(text, "kk")).toEqual({
      ok: false,
      problem: { code: "tooLong", length: MAX_PAGE_TEXT_CHARS + 1, max: MAX_PAGE_TEXT_CHARS },
    });
    expect(checkPageText("а".repeat(MAX_PAGE_TEXT_CHARS), "kk").ok).toBe(true);
  });

  it("refuses an empty or blank text and an unknown language", () => {
    expect(checkPageText("  \n ", "kk")).toEqual({ ok: false, problem: { code: "empty" } });
    expect(checkPageText(null, "kk")).toEqual({ ok: false, problem: { code: "empty" } });
    expect(checkPageText("сот", "de")).toEqual({ ok: false, problem: { code: "badLang" } });
  });
});
