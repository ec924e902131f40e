"use server";
// The /annotate form's server action: checks the text against the page's limit, cuts it into
// paragraphs (at blank lines), marks each paragraph's terms with the engine and returns what the
// page renders (segments per paragraph, the cards of the entries found, the counts) and what the
// page's project glossary export needs of those entries (their sources and related ids, the name
// each form found reads as), so the export is made in the browser. The text
// is neither stored nor logged, and travels only in POST bodies; the reader's library lives in
// their browser.
import { annotate } from "@/lib/annotate";
import { nameReadAs } from "@/lib/export/contexts";
import { checkPageText } from "@/lib/annotate-request/check-text";
import { pickTermCards } from "@/lib/marks/term-card";
import { toSegments } from "@/lib/marks/segments";
import { splitParagraphs } from "@/lib/text/paragraphs";
import { isTextId, type AnnotateState, type FoundEntryDetails } from "@/components/annotate/state";
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
  const forms = new Map<string, Set<string>>();
  let occurrences = 0;
  const paragraphs = splitParagraphs(checked.text).map((paragraph) => {
    const spans = annotate(paragraph, index);
    occurrences += spans.length;
    for (const span of spans) {
      counts.set(span.termId, (counts.get(span.termId) ?? 0) + 1);
      let seen = forms.get(span.termId);
      if (!seen) forms.set(span.termId, (seen = new Set()));
      seen.add(span.text);
    }
    return toSegments(paragraph, spans);
  });
  const cards = pickTermCards(getGlossary(), counts.keys());
  const details: Record<string, FoundEntryDetails> = {};
  for (const entry of getGlossary()) {
    const found = forms.get(entry.id);
    if (!found) continue;
    const names: Record<string, string> = {};
    for (const form of found) names[form] = nameReadAs(form, entry.id, index) ?? entry[checked.lang].term;
    details[entry.id] = { sources: [...entry.sources], related: [...entry.related], names };
  }
  const collator = new Intl.Collator("kk");
  const terms = [...counts]
    .flatMap(([termId, count]) => (cards[termId] ? [{ id: termId, term: cards[termId].kk.term, count }] : []))
    .sort((a, b) => collator.compare(a.term, b.term));
  return { text, lang: checked.lang, id, result: { paragraphs, cards, details, terms, occurrences } };
}
