import { parseTarget, readingFromUrl, withParam } from "@/components/article/reading-options";

describe("the view an article URL asks for", () => {
  it("reads the translation, the script and the concordance's highlighted term", () => {
    const view = readingFromUrl(new URLSearchParams("with=ru&script=latn&hl=jury-trial"), "#p4-ru");
    expect(view).toEqual({ with: "ru", script: "latn", hl: "jury-trial", target: { n: 4, lang: "ru" }, marking: true });
  });

  it("reads plain reading (no marks) from ?marks=off, and marks for anything else", () => {
    expect(readingFromUrl(new URLSearchParams("marks=off&with=en"), "").marking).toBe(false);
    expect(readingFromUrl(new URLSearchParams("marks=on"), "").marking).toBe(true);
  });

  it("falls back to the Kazakh text alone in Cyrillic for unknown values", () => {
    expect(readingFromUrl(new URLSearchParams("with=de&script=arab"), "")).toEqual({ with: null, script: "cyrl", hl: null, target: null, marking: true });
  });

  it("takes the reader's stored script when the address names none, and the address's when it does", () => {
    expect(readingFromUrl(new URLSearchParams(""), "", "latn").script).toBe("latn");
    expect(readingFromUrl(new URLSearchParams("script=cyrl"), "", "latn").script).toBe("cyrl");
    expect(readingFromUrl(new URLSearchParams("script=latn"), "", "cyrl").script).toBe("latn");
    expect(readingFromUrl(new URLSearchParams(""), "", null).script).toBe("cyrl");
  });

  it("reads a paragraph fragment of the Kazakh text or of a translation", () => {
    expect(parseTarget("#p12")).toEqual({ n: 12, lang: "kk" });
    expect(parseTarget("#p3-en")).toEqual({ n: 3, lang: "en" });
    expect(parseTarget("#occurrences")).toBeNull();
  });

  it("builds the links of the reading options, keeping the other choices and dropping a highlight", () => {
    const params = new URLSearchParams("script=latn&hl=court");
    expect(withParam(params, "with", "en")).toBe("?script=latn&with=en");
    expect(withParam(params, "script", null)).toBe("");
  });
});
