"use server";
// The /annotate form's server action: checks the text against the page's limit, cuts it into
// paragraphs (at blank lines), marks each paragraph's terms with the engine and returns what the
// page renders (segments per paragraph, the cards of the entries found, the counts). The text
// is neither stored nor logged, and travels only in POST bodies; the reader's library lives in
// their browser.
import { annotate } from "@/lib/annotate";
import { checkPageText } from "@/lib/annotate-request/check-text";
import { pickTermCards } from "@/components/term/term-card";
import { toSegments } from "@/components/term/segments";
import { splitParagraphs } from "@/lib/text/paragraphs";
import { isTextId, type AnnotateState } from "@/components/annotate/state";
import { getGlossary, getTermIndex } from "@/server/content";

export async function annotateText(_previous: AnnotateState, form: FormData): Promise<AnnotateState> {
  const rawText = form.get("text");
  const rawLang = form.get("lang");
  const rawId = form.get("id");
  const text = typeof rawText === "string" ? rawText : "";
  const lang = rawLang === "ru" || rawLang === "en" ? rawLang : "kk";
  const id = isTextId(rawId) ? rawId : undefined;
  const checked = checkPageText(rawText, rawLang);
  if (!checked.ok) return { text, lang, id, problem: checked.problem };

  const index = getTermIndex(checked.lang);
  const counts = new Map<string, number>();
  let occurrences = 0;
  const paragraphs = splitParagraphs(checked.text).map((paragraph) => {
    const spans = annotate(paragraph, index);
    occurrences += spans.length;
    for (const span of spans) counts.set(span.termId, (counts.get(span.termId) ?? 0) + 1);
    return toSegments(paragraph, spans);
  });
  const cards = pickTermCards(getGlossary(), counts.keys());
  const collator = new Intl.Collator("kk");
  const terms = [...counts]
    .flatMap(([termId, count]) => (cards[termId] ? [{ id: termId, term: cards[termId].kk.term, count }] : []))
    .sort((a, b) => collator.compare(a.term, b.term));
  return { text, lang: checked.lang, id, result: { paragraphs, cards, terms, occurrences } };
}
