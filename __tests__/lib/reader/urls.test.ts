// The reader's addresses: what the concordance and the saved terms build, the article page reads
// back as the same view; odd addresses read as the default view, never an error.
import fc from "fast-check";
import { parseReaderQuery, parseTarget, readerHref, type ReaderAddress } from "@/lib/reader/urls";
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
        expect(back).toEqual({ path: `/${locale}/articles/${a.slug}`, with: a.with, script: a.script === "latn" ? "latn" : null, marking: a.marking, hl: a.hl, target: a.target });
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
});
