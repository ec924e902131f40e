// Where a term's mark was met, read from the page around it when the reader saves the term from
// its card (the attributes are the pages' contract, see the conventions): the source — an article
// or one of the reader's own texts — from the nearest [data-source-kind], the paragraph from the
// nearest [data-paragraph] and its language from its data-col, the form as written in the mark,
// its grammar from data-grammar, and the sentence around the mark. No React here.
import { MARK_SELECTOR, markGrammarText, markTermId } from "@/lib/marks/attributes";
import { sentenceAround } from "@/lib/concordance/sentences";
import type { CardSentence } from "@/lib/export/anki";
import { isLang, type Lang } from "@/lib/glossary/langs";
import type { MetIn } from "@/lib/learner/types";
import { originalParagraph } from "@/components/term/original-text";

/** What the page tells about one mark the reader met. */
export interface MetMark {
  form: string;
  grammar?: string;
  lang: Lang;
  sentence: CardSentence;
  metIn: MetIn;
  /** The translation shown beside the paragraph in the same row (a parallel view), if any. */
  rowTranslation?: { lang: "ru" | "en"; paragraph: Element };
  /** For an article: where its text.json (with the paragraphs' translations) is. */
  textHref?: string;
}

/** Why a mark's place could not be read. */
export type MetProblem = "noSource" | "noParagraph";

/** The length of the text that comes before `target` inside `root`, in document order. */
export function textOffset(root: Node, target: Node): number {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let offset = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (target.contains(node)) break;
    if (!(node.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
    offset += node.textContent?.length ?? 0;
  }
  return offset;
}

/** The sentence of `paragraph` around `mark` (a descendant), with the mark's text as the term. */
export function sentenceOf(paragraph: Node, mark: Node): CardSentence {
  const text = paragraph.textContent ?? "";
  const start = textOffset(paragraph, mark);
  const end = start + (mark.textContent?.length ?? 0);
  const range = sentenceAround(text, start, end);
  return { before: text.slice(range.start, start), term: text.slice(start, end), after: text.slice(end, range.end) };
}

/** The first mark of an entry in a piece of the page (compared by value: ids need no escaping). */
export function firstMarkOf(root: ParentNode, termId: string): HTMLElement | undefined {
  return [...root.querySelectorAll<HTMLElement>(MARK_SELECTOR)].find((mark) => markTermId(mark) === termId);
}

/**
 * The sentence around the first mark of an entry in a paragraph given as HTML (text.json's form,
 * marks-html.ts), as plain text; undefined when the entry is not marked there.
 */
export function sentenceInHtml(html: string, termId: string): CardSentence | undefined {
  const template = document.createElement("template");
  template.innerHTML = html;
  const mark = firstMarkOf(template.content, termId);
  return mark ? sentenceOf(template.content, mark) : undefined;
}

function paragraphNumber(paragraph: HTMLElement): number | undefined {
  const given = Number(paragraph.dataset.paragraph);
  if (Number.isInteger(given) && given > 0) return given;
  // An article's paragraphs are also named p1, p2, … (p3-ru for a translation).
  const byId = /^p(\d+)(?:-|$)/.exec(paragraph.id);
  return byId ? Number(byId[1]) : undefined;
}

/** The mark of the original paragraph that stands where `mark` stands in its transliteration. */
function originalMark(sourceId: string, n: number, paragraph: HTMLElement, mark: HTMLElement): { paragraph: Node; mark: HTMLElement } | undefined {
  const html = originalParagraph(sourceId, n);
  if (html === undefined) return undefined;
  const termId = markTermId(mark);
  const sameEntry = (root: ParentNode) => [...root.querySelectorAll<HTMLElement>(MARK_SELECTOR)].filter((m) => markTermId(m) === termId);
  const template = document.createElement("template");
  template.innerHTML = html;
  const found = sameEntry(template.content)[sameEntry(paragraph).indexOf(mark)];
  return found ? { paragraph: template.content, mark: found } : undefined;
}

const isTranslationLang = (value: string | null | undefined): value is "ru" | "en" => value === "ru" || value === "en";

/** Reads where the mark was met; a problem names what the page did not say. */
export function readMetMark(mark: HTMLElement, fallbackLang: Lang): MetMark | MetProblem {
  const source = mark.closest<HTMLElement>("[data-source-kind]");
  const kind = source?.dataset.sourceKind;
  const id = source?.dataset.sourceId;
  if (!source || !id || (kind !== "article" && kind !== "text")) return "noSource";
  const paragraph = mark.closest<HTMLElement>("[data-paragraph]") ?? mark.closest<HTMLElement>("[data-col]");
  const n = paragraph ? paragraphNumber(paragraph) : undefined;
  if (!paragraph || n === undefined) return "noParagraph";
  const col = paragraph.dataset.col;
  const lang = isLang(col) ? col : fallbackLang;
  const title = source.dataset.sourceTitle ?? "";
  const metIn: MetIn = kind === "article" ? { kind, slug: id, title, paragraph: n } : { kind, id, title, paragraph: n };
  // In the Latin view the page shows a transliteration: keep the text's own (Cyrillic) spelling,
  // from the same mark of the original (the two have their marks in the same order).
  const original = lang === "kk" && paragraph.lang === "kk-Latn" ? originalMark(id, n, paragraph, mark) : undefined;
  const met: MetMark = original
    ? { form: original.mark.textContent ?? "", lang, sentence: sentenceOf(original.paragraph, original.mark), metIn }
    : { form: mark.textContent ?? "", lang, sentence: sentenceOf(paragraph, mark), metIn };
  const grammar = markGrammarText(mark);
  if (grammar) met.grammar = grammar;
  if (lang === "kk") {
    const other = [...(paragraph.closest("[data-row]")?.querySelectorAll<HTMLElement>("[data-col]") ?? [])].find((el) => isTranslationLang(el.dataset.col));
    if (other && isTranslationLang(other.dataset.col)) met.rowTranslation = { lang: other.dataset.col, paragraph: other };
  }
  const textHref = source.dataset.textHref;
  if (kind === "article" && textHref) met.textHref = textHref;
  return met;
}
