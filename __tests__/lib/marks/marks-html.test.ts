/** @jest-environment jsdom */
// The HTML an article's text is rendered as: parsed back by the browser's own parser here, so
// what is checked is what a reader's browser builds from it.
import { flagKnownMarks, escapeHtml, highlightHtml, marksHtml, unmarkHtml } from "@/lib/marks/marks-html";
import { encodeGrammar } from "@/lib/marks/grammar-attr";
import { toSegments } from "@/lib/marks/segments";
import { toLatin } from "@/lib/translit";
import { JURY_TRIAL, SOTYNYNG } from "@/__tests__/components/term/fixtures";

const TEXT = "Бұл <алқабилер сотының> & «ісі».";
const SEGMENTS = toSegments(TEXT, [{ start: 5, end: 22, termId: "jury-trial", text: "алқабилер сотының", analysis: SOTYNYNG }]);
const OPTIONS = { cards: { "jury-trial": JURY_TRIAL }, locale: "en" };

function parse(html: string): HTMLElement {
  const p = document.createElement("p");
  p.innerHTML = html;
  return p;
}

describe("marksHtml", () => {
  it("keeps the text exactly, markup characters included, with the occurrence as one link", () => {
    const p = parse(marksHtml(SEGMENTS, OPTIONS));
    expect(p.textContent).toBe(TEXT);
    const links = p.querySelectorAll("a");
    expect(links).toHaveLength(1);
    const mark = links[0]!;
    expect(mark.textContent).toBe("алқабилер сотының");
    expect(mark.getAttribute("href")).toBe("/en/glossary/jury-trial");
    expect(mark.dataset.term).toBe("jury-trial");
    expect(mark.dataset.grammar).toBe(encodeGrammar(SOTYNYNG));
    expect(mark.getAttribute("aria-describedby")).toBe("term-description-jury-trial");
    expect(mark.getAttribute("aria-haspopup")).toBe("dialog");
  });

  it("escapes what would break an attribute or the text", () => {
    const grammar = '"><b>|x|'.concat("|");
    const segments = [["<i>&", "jury-trial", grammar] as const];
    const p = parse(marksHtml(segments, OPTIONS));
    expect(p.querySelector("a")?.dataset.grammar).toBe(grammar);
    expect(p.querySelector("a")?.textContent).toBe("<i>&");
    expect(p.querySelector("b, i")).toBeNull();
    expect(escapeHtml('<a href="x">&')).toBe("&lt;a href=&quot;x&quot;&gt;&amp;");
  });

  it("transliterates every piece when asked, the mark's text included", () => {
    const p = parse(marksHtml(SEGMENTS, { ...OPTIONS, show: toLatin }));
    expect(p.textContent).toBe(toLatin(TEXT));
    expect(p.querySelector("a")?.textContent).toBe("alqabiler sotynyñ");
  });

  it("leaves an occurrence without a card as plain text", () => {
    const p = parse(marksHtml(SEGMENTS, { ...OPTIONS, cards: {} }));
    expect(p.querySelector("a")).toBeNull();
    expect(p.textContent).toBe(TEXT);
  });
});

describe("unmarkHtml and highlightHtml", () => {
  const html = marksHtml(
    toSegments("сот пен алқабилер соты", [
      { start: 8, end: 22, termId: "jury-trial", text: "алқабилер соты" },
      { start: 0, end: 3, termId: "court", text: "сот" },
    ].sort((a, b) => a.start - b.start)),
    { ...OPTIONS, cards: { "jury-trial": JURY_TRIAL, court: { ...JURY_TRIAL, id: "court" } } },
  );

  it("takes the marks out and keeps the text", () => {
    const p = parse(unmarkHtml(html));
    expect(p.querySelector("a")).toBeNull();
    expect(p.textContent).toBe("сот пен алқабилер соты");
  });

  it("flags the marks of one entry only", () => {
    const p = parse(highlightHtml(html, "jury-trial"));
    expect([...p.querySelectorAll("a[data-highlighted]")].map((a) => a.getAttribute("data-term"))).toEqual(["jury-trial"]);
    expect(p.querySelectorAll("a")).toHaveLength(2);
  });

  it("flags the marks of the known entries as known in place, the same elements, and unflags the others", () => {
    const p = parse(html);
    const marks = [...p.querySelectorAll("a")];
    flagKnownMarks(p, new Set(["court"]));
    expect([...p.querySelectorAll("a[data-known]")].map((a) => a.getAttribute("data-term"))).toEqual(["court"]);
    expect([...p.querySelectorAll("a")]).toEqual(marks);
    expect(p.textContent).toBe("сот пен алқабилер соты");
    flagKnownMarks(p, new Set(["jury-trial"]));
    expect([...p.querySelectorAll("a[data-known]")].map((a) => a.getAttribute("data-term"))).toEqual(["jury-trial"]);
  });
});
