import { readingFromUrl, revealLangFor } from "@/components/article/reading-options";
import { parseReaderQuery, parseTarget } from "@/lib/reader/urls";

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

  it("reads a repeated or unknown parameter as lib/reader/urls reads it", () => {
    for (const query of ["with=ru&with=en", "with=de&with=ru", "script=latn&script=cyrl", "marks=off&marks=on", "hl=&hl=court", "with=RU&script=Latn&marks=OFF"]) {
      const asked = parseReaderQuery(query, "");
      expect(readingFromUrl(new URLSearchParams(query), "", null)).toEqual({ ...asked, script: asked.script ?? "cyrl" });
    }
  });

  it("reads a translation the article does not have as none, and a fragment in it as the Kazakh paragraph", () => {
    expect(readingFromUrl("with=ru&hl=court", "#p2-ru", null, ["en"])).toEqual({ with: null, script: "cyrl", hl: "court", target: { n: 2, lang: "kk" }, marking: true });
    expect(readingFromUrl("with=en", "#p2-en", null, ["en"])).toMatchObject({ with: "en", target: { n: 2, lang: "en" } });
    expect(readingFromUrl("with=en", "#p1", null, [])).toMatchObject({ with: null, target: { n: 1, lang: "kk" } });
  });

  it("reveals under a paragraph the interface's translation, or Russian, else the one the article has, else none", () => {
    expect(revealLangFor("en", ["ru", "en"])).toBe("en");
    expect(revealLangFor("kk", ["ru", "en"])).toBe("ru");
    expect(revealLangFor("kk", ["en"])).toBe("en");
    expect(revealLangFor("en", ["ru"])).toBe("ru");
    expect(revealLangFor("ru", [])).toBeNull();
  });
});
