"use server";
// The /annotate form's server action: checks the pasted text against the page's limit, marks
// its terms with the engine and returns what the page renders (segments and the cards of the
// entries found). The text is neither stored nor logged, and travels only in POST bodies.
import { annotate } from "@/lib/annotate";
import { checkPageText } from "@/lib/annotate-request/check-text";
import { pickTermCards } from "@/components/term/term-card";
import { toSegments } from "@/components/term/segments";
import type { AnnotateState } from "@/components/annotate/state";
import { getGlossary, getTermIndex } from "@/server/content";

export async function annotateText(_previous: AnnotateState, form: FormData): Promise<AnnotateState> {
  const rawText = form.get("text");
  const rawLang = form.get("lang");
  const text = typeof rawText === "string" ? rawText : "";
  const lang = rawLang === "ru" || rawLang === "en" ? rawLang : "kk";
  const checked = checkPageText(rawText, rawLang);
  if (!checked.ok) return { text, lang, problem: checked.problem };

  const spans = annotate(checked.text, getTermIndex(checked.lang));
  const counts = new Map<string, number>();
  for (const span of spans) counts.set(span.termId, (counts.get(span.termId) ?? 0) + 1);
  const cards = pickTermCards(getGlossary(), counts.keys());
  const collator = new Intl.Collator("kk");
  const terms = [...counts]
    .flatMap(([id, count]) => (cards[id] ? [{ id, term: cards[id].kk.term, count }] : []))
    .sort((a, b) => collator.compare(a.term, b.term));
  return {
    text,
    lang: checked.lang,
    result: { segments: toSegments(checked.text, spans), cards, terms, occurrences: spans.length },
  };
}
