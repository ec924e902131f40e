// Pages of the long lists (glossary, articles, concordance): every page parameter gets an answer.
import fc from "fast-check";
import { pageNumbers, pageOf, readPage } from "@/lib/paging";

describe("readPage", () => {
  it("reads a page number, 1 for none, null for anything else", () => {
    expect(readPage("")).toBe(1);
    expect(readPage(" 3 ")).toBe(3);
    expect(readPage("0")).toBe(0);
    for (const bad of ["-1", "2.5", "two", "1e3", "1234567", "0x10"]) expect(readPage(bad)).toBeNull();
  });
});

describe("pageOf", () => {
  it("slices every item exactly once over the pages, and clamps the page asked for", () => {
    fc.assert(
      fc.property(fc.nat(500), fc.integer({ min: 1, max: 60 }), (total, per) => {
        const { pages } = pageOf(total, 1, per);
        const seen: number[] = [];
        for (let n = 1; n <= pages; n++) {
          const slice = pageOf(total, n, per);
          expect(slice).toMatchObject({ page: n, pages, moved: false });
          for (let i = slice.start; i < slice.end; i++) seen.push(i);
          if (slice.end > slice.start) expect([slice.first, slice.last]).toEqual([slice.start + 1, slice.end]);
        }
        expect(seen).toEqual([...Array(total).keys()]);
        expect(pageOf(total, pages + 1, per)).toMatchObject({ page: pages, moved: true });
        expect(pageOf(total, 0, per)).toMatchObject({ page: 1, moved: true });
        expect(pageOf(total, null, per)).toMatchObject({ page: 1, moved: true });
      }),
    );
  });

  it("has one empty page for an empty list", () => {
    expect(pageOf(0, 1, 20)).toEqual({ page: 1, pages: 1, start: 0, end: 0, first: 0, last: 0, moved: false });
  });
});

describe("pageNumbers", () => {
  it("links the first, the last and the pages around the current one", () => {
    expect(pageNumbers(6, 20)).toEqual([1, null, 4, 5, 6, 7, 8, null, 20]);
    expect(pageNumbers(1, 1)).toEqual([1]);
  });
});
