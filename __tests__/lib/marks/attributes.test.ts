/** @jest-environment jsdom */
// The mark attributes' one module: what the server writes (marksHtml) is what the browser's
// readers find, and the stylesheet draws marks by the same attribute.
import { readFileSync } from "node:fs";
import path from "node:path";
import { closestMark, MARK_ATTRIBUTES, MARK_SELECTOR, markAnalysis, marksOfEntrySelector, markTermId } from "@/lib/marks/attributes";
import { flagKnownMarks, highlightHtml, marksHtml } from "@/lib/marks/marks-html";
import { toSegments } from "@/lib/marks/segments";
import { annotate, buildTermIndex } from "@/lib/annotate";
import { entrySchema } from "@/lib/glossary/schema";
import { toTermCard } from "@/lib/marks/term-card";

const court = entrySchema.parse({
  id: "supreme-court",
  status: "draft",
  domains: ["courts"],
  kk: { term: "Жоғарғы Сот" },
  ru: { term: "Верховный Суд" },
  en: { term: "Supreme Court" },
});
const index = buildTermIndex([court], "kk");

function marked(text: string): HTMLElement {
  const root = document.createElement("p");
  root.innerHTML = marksHtml(toSegments(text, annotate(text, index)), { cards: { [court.id]: toTermCard(court) }, locale: "kk" });
  return root;
}

describe("the mark attributes", () => {
  it("are read back from the HTML the server writes: the entry and the form's grammar", () => {
    const root = marked("ҚР Жоғарғы сотының төрағасы");
    const mark = root.querySelector<HTMLElement>(MARK_SELECTOR)!;
    expect(markTermId(mark)).toBe("supreme-court");
    expect(markAnalysis(mark)).toMatchObject({ lemma: "Сот", suffixes: [{ form: "ы", tag: "poss3" }, { form: "ның", tag: "genitive" }] });
    expect(closestMark(mark)).toBe(mark);
    expect(closestMark(root)).toBeNull();
    expect(root.querySelectorAll(marksOfEntrySelector("supreme-court", (v) => v))).toHaveLength(1);
    expect(root.querySelectorAll(marksOfEntrySelector("court", (v) => v))).toHaveLength(0);
  });

  it("flag known and highlighted marks by the same names", () => {
    const root = marked("Жоғарғы Сот");
    flagKnownMarks(root, new Set(["supreme-court"]));
    expect(root.querySelector(`[${MARK_ATTRIBUTES.known}]`)).not.toBeNull();
    root.innerHTML = highlightHtml(root.innerHTML, "supreme-court");
    expect(root.querySelector(`[${MARK_ATTRIBUTES.highlighted}]`)).not.toBeNull();
  });

  it("are the ones the stylesheet draws marks by", () => {
    const css = readFileSync(path.join(__dirname, "../../../components/term/term.module.css"), "utf8");
    expect(css).toContain(`a[${MARK_ATTRIBUTES.term}]`);
    expect(css).toContain(`[${MARK_ATTRIBUTES.known}]`);
    expect(css).toContain(`[${MARK_ATTRIBUTES.highlighted}]`);
  });
});
