// The reader's addresses: what the concordance and the saved terms build, the article page reads
// back as the same view; odd addresses read as the default view, never an error.
import fc from "fast-check";
import { changeReaderSearch, parseReaderQuery, parseTarget, readerHref, type ReaderAddress, type ReaderSettings } from "@/lib/reader/urls";
import { occurrenceHref } from "@/lib/concordance/occurrences";

function read(href: string) {
  const url = new URL(href, "http://127.0.0.1");
  return { path: url.pathname, ...parseReaderQuery(url.searchParams, url.hash) };
}

const address: fc.Arbitrary<ReaderAddress> = fc.record({
  slug: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/),
  with: fc.constantFrom("ru" as const, "en" as const, null),
  script: fc.constantFrom("cyrl" as const, "latn" as const, null),
  marking: fc.boolean(),
  hl: fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: null }),
  target: fc.option(fc.record({ n: fc.integer({ min: 1, max: 999 }), lang: fc.constantFrom("kk" as const, "ru" as const, "en" as const) }), { nil: null }),
});

describe("the reader's addresses", () => {
  it("read back as the view they were built for", () => {
    fc.assert(
      fc.property(fc.constantFrom("kk", "ru", "en"), address, (locale, a) => {
        const back = read(readerHref(locale, a));
        expect(back).toEqual({ path: `/${locale}/articles/${a.slug}`, with: a.with, script: a.script, marking: a.marking, hl: a.hl, target: a.target });
      }),
    );
  });

  it("lead a concordance line to its paragraph, beside its translation when it is in one", () => {
    expect(occurrenceHref("en", { slug: "s", lang: "kk", paragraph: 3, termId: "jury-trial" })).toBe("/en/articles/s?hl=jury-trial#p3");
    expect(occurrenceHref("ru", { slug: "s", lang: "ru", paragraph: 2, termId: "court" })).toBe("/ru/articles/s?with=ru&hl=court#p2-ru");
  });

  it("read odd values as absent", () => {
    expect(read("/kk/articles/s?with=de&script=arab&marks=maybe&hl=#p0")).toEqual({ path: "/kk/articles/s", with: null, script: null, marking: true, hl: null, target: null });
    for (const hash of ["#p", "#p-1", "#p3-de", "#p1234567", "#x3", "#p3-ru-en"]) expect(parseTarget(hash)).toBeNull();
  });

  it("leave the defaults out", () => {
    expect(readerHref("kk", { slug: "s", with: null, script: null, marking: true, hl: null, target: null })).toBe("/kk/articles/s");
    expect(readerHref("kk", { slug: "s", script: "latn", marking: false })).toBe("/kk/articles/s?script=latn&marks=off");
  });
});

// A query as a reader, a link or a bad hand may write it: the reader's parameters, good or bad,
// repeated or not, among others.
const query: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.constantFrom("with", "script", "marks", "hl", "utm", "page"),
      fc.constantFrom("ru", "en", "kk", "de", "RU", "cyrl", "latn", "arab", "off", "on", "", "court", "jury-trial", "a&b", "ж"),
    ),
    { maxLength: 8 },
  )
  .map((pairs) => new URLSearchParams(pairs).toString());

const settings: fc.Arbitrary<Partial<ReaderSettings>> = fc.record(
  {
    with: fc.constantFrom("ru" as const, "en" as const, null),
    script: fc.constantFrom("cyrl" as const, "latn" as const, null),
    marking: fc.boolean(),
    hl: fc.option(fc.string({ minLength: 1, maxLength: 12 }), { nil: null }),
  },
  { requiredKeys: [] },
);

const settingsOf = (search: string): ReaderSettings => {
  const { with: w, script, marking, hl } = parseReaderQuery(search, "");
  return { with: w, script, marking, hl };
};

describe("a change of the reader's settings", () => {
  it("reads back as the settings it started from with the change made", () => {
    fc.assert(
      fc.property(query, settings, (q, change) => {
        expect(settingsOf(changeReaderSearch(q, change))).toEqual({ ...settingsOf(q), ...change });
      }),
    );
  });

  it("changes nothing when asked for no change but to write the reader's parameters once, as they read", () => {
    fc.assert(
      fc.property(query, (q) => {
        const again = changeReaderSearch(q, {});
        expect(settingsOf(again)).toEqual(settingsOf(q));
        expect(changeReaderSearch(again, {})).toBe(again);
        for (const name of ["with", "script", "marks", "hl"]) expect(new URLSearchParams(again).getAll(name).length).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("keeps the parameters that are not the reader's, in their order", () => {
    expect(changeReaderSearch("utm=a&with=ru&page=2&utm=b", { script: "latn" })).toBe("?with=ru&script=latn&utm=a&page=2&utm=b");
  });

  it("builds the reading options' links: the other choices kept, a highlight dropped", () => {
    expect(changeReaderSearch("script=latn&hl=court", { with: "en", hl: null })).toBe("?with=en&script=latn");
    expect(changeReaderSearch("script=latn&hl=court", { script: null, hl: null })).toBe("");
    expect(changeReaderSearch("?with=ru&hl=court", { marking: false })).toBe("?with=ru&marks=off&hl=court");
    expect(changeReaderSearch("with=ru&marks=off", { marking: true })).toBe("?with=ru");
  });
});

describe("bad input in the reader's address", () => {
  it("reads an unknown language, script or switch value as absent", () => {
    expect(settingsOf("with=de&script=arab&marks=maybe&hl=")).toEqual({ with: null, script: null, marking: true, hl: null });
    expect(settingsOf("with=kk")).toMatchObject({ with: null }); // the original is not a translation
    expect(settingsOf("with=RU&script=LATN")).toMatchObject({ with: null, script: null });
  });

  it("reads a repeated parameter by its first value, valid or not, and writes it once", () => {
    expect(settingsOf("with=ru&with=en")).toMatchObject({ with: "ru" });
    expect(settingsOf("with=de&with=ru")).toMatchObject({ with: null });
    expect(settingsOf("marks=off&marks=on")).toMatchObject({ marking: false });
    expect(changeReaderSearch("with=ru&with=en&marks=on&marks=off", {})).toBe("?with=ru");
    expect(changeReaderSearch("with=de&with=ru", { script: "latn" })).toBe("?script=latn");
  });

  it("drops a malformed fragment, and parses a search with or without its question mark alike", () => {
    expect(parseReaderQuery("?with=ru", "#p3-de")).toEqual(parseReaderQuery("with=ru", "#nope"));
    expect(parseReaderQuery(new URLSearchParams("with=ru"), "")).toEqual(parseReaderQuery("?with=ru", ""));
  });
});
