// Flashcards for Anki: one card per term met in an article, front the Kazakh term, back its
// Russian and English equivalents, definition and the sentence it was found in, with the form
// the term takes there in bold. Anki reads the `#` header lines to know the separator and that
// the fields hold HTML.
import { stringify } from "csv-stringify/sync";
import type { GlossaryEntry, Lang } from "@/lib/glossary/schema";

export interface AnkiCard {
  entry: GlossaryEntry;
  /** The sentence of the article the term occurs in, cut around the occurrence. */
  sentence?: CardSentence;
}

export interface CardSentence {
  before: string;
  /** The occurrence as written (an inflected form, often). */
  term: string;
  after: string;
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export interface AnkiOptions {
  /** The language of the definition on the back (the learner's); falls back to any language that has one. */
  definitionLang?: Lang;
}

function back(card: AnkiCard, definitionLang: Lang): string {
  const { entry } = card;
  const lines = [`${escapeHtml(entry.ru.term)} · ${escapeHtml(entry.en.term)}`];
  const definition = entry[definitionLang].definition ?? entry.en.definition ?? entry.ru.definition ?? entry.kk.definition;
  if (definition) lines.push(escapeHtml(definition));
  const { sentence } = card;
  if (sentence) lines.push(`<i>${escapeHtml(sentence.before)}<b>${escapeHtml(sentence.term)}</b>${escapeHtml(sentence.after)}</i>`);
  return lines.join("<br>");
}

export function cardsToAnkiCsv(cards: readonly AnkiCard[], options: AnkiOptions = {}): string {
  const header = ["#separator:comma", "#html:true", "#columns:Front,Back,Tags", "#tags column:3", ""].join("\n");
  const definitionLang = options.definitionLang ?? "en";
  const rows = cards.map((card) => [
    escapeHtml(card.entry.kk.term),
    back(card, definitionLang),
    card.entry.domains.join(" "),
  ]);
  return header + stringify(rows, { escape_formulas: true });
}
