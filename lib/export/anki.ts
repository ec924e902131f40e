// Flashcards for Anki: one note per term, front the Kazakh term, back its Russian and English
// equivalents, a definition, the sentence it was met in (the form met there in bold) and that
// sentence's translation (the equivalent in bold). The `#` header lines tell Anki's importer the
// separator, that fields hold HTML, the note type, the deck, and which columns are the GUID and
// the tags. The GUID comes from the entry id alone, so the same term exported from any article
// or from the review page is the same note: importing again updates it, never duplicates it.
// Used on the server (the articles' flashcards.csv) and in the browser (the review page).
import { escapeHtml } from "@/lib/text/html";
import { stringify } from "csv-stringify/sync";
import type { Lang } from "@/lib/glossary/langs";
import type { SavedEntry } from "@/lib/learner/types";
import { toLatin } from "@/lib/translit";

export interface CardSentence {
  before: string;
  /** The occurrence as written (an inflected form, often). */
  term: string;
  after: string;
}

/** Where the card's sentence was met: an article of the site, or one of the reader's own texts. */
export type AnkiSource = { kind: "article"; slug: string } | { kind: "text" };

export interface AnkiCard {
  /** A glossary entry, or what a saved term keeps of one. */
  entry: SavedEntry;
  /** The sentence the term was met in, cut around the occurrence. */
  sentence?: CardSentence;
  /** The sentence's language (Kazakh unless said: only Kazakh is shown in Latin). */
  sentenceLang?: Lang;
  /** The same sentence in a translation, with the term's equivalent as `term`. */
  translation?: { lang: "ru" | "en"; sentence: CardSentence };
  source?: AnkiSource;
}

export interface AnkiOptions {
  /** The language of the definition on the back (the learner's); falls back to any language that has one. */
  definitionLang?: Lang;
  /** The script of the Kazakh fields (front, Kazakh sentence, Kazakh definition). Russian and English never change. */
  script?: "cyrl" | "latn";
  /** The deck the notes go to (an article's Kazakh title, say). */
  deck?: string;
}

export const DEFAULT_DECK = "Zan Reader";
const TAG_ROOT = "zan-reader";

/** The note's GUID: the same for a term wherever it is exported from. */
export const ankiGuid = (entryId: string): string => `${TAG_ROOT}:${entryId}`;

/** An Anki tag: no spaces (a space separates tags). */
const tag = (...parts: string[]): string => [TAG_ROOT, ...parts].map((p) => p.trim().replace(/\s+/g, "_")).join("::");

export function ankiTags(card: AnkiCard): string[] {
  const tags = card.entry.domains.map((d) => tag("domain", d));
  tags.push(tag("status", card.entry.status));
  if (card.source?.kind === "article") tags.push(tag("article", card.source.slug));
  else if (card.source?.kind === "text") tags.push(tag("text"));
  return tags;
}

const sentenceHtml = (s: CardSentence, show: (text: string) => string): string =>
  `${escapeHtml(show(s.before))}<b>${escapeHtml(show(s.term))}</b>${escapeHtml(show(s.after))}`;

const same = (text: string) => text;

function back(card: AnkiCard, definitionLang: Lang, kazakh: (text: string) => string): string {
  const { entry } = card;
  const lines = [`${escapeHtml(entry.ru.term)} · ${escapeHtml(entry.en.term)}`];
  const defLang = ([definitionLang, "en", "ru", "kk"] as const).find((lang) => entry[lang].definition);
  if (defLang) lines.push(escapeHtml((defLang === "kk" ? kazakh : same)(entry[defLang].definition as string)));
  if (card.sentence) {
    const show = (card.sentenceLang ?? "kk") === "kk" ? kazakh : same;
    lines.push(`<i>${sentenceHtml(card.sentence, show)}</i>`);
  }
  if (card.translation) lines.push(`<i lang="${card.translation.lang}">${sentenceHtml(card.translation.sentence, same)}</i>`);
  return lines.join("<br>");
}

/** A header value on one line (a line break would end the header). */
const oneLine = (text: string): string => text.replace(/\s+/g, " ").trim();

export function cardsToAnkiCsv(cards: readonly AnkiCard[], options: AnkiOptions = {}): string {
  const definitionLang = options.definitionLang ?? "en";
  const kazakh = options.script === "latn" ? toLatin : same;
  const deck = oneLine(options.deck ?? "") || DEFAULT_DECK;
  const header = [
    "#separator:comma",
    "#html:true",
    "#notetype:Basic",
    `#deck:${deck}`,
    "#guid column:1",
    "#tags column:4",
    "#columns:GUID,Front,Back,Tags",
    "",
  ].join("\n");
  const rows = cards.map((card) => [
    ankiGuid(card.entry.id),
    escapeHtml(kazakh(card.entry.kk.term)),
    back(card, definitionLang, kazakh),
    ankiTags(card).join(" "),
  ]);
  return header + stringify(rows, { escape_formulas: true });
}

/** The file name for an export: `<base>-flashcards.csv`, or `<base>-flashcards-latn.csv` in Latin. */
export const ankiFileName = (base: string, script: "cyrl" | "latn" = "cyrl"): string =>
  `${base}-flashcards${script === "latn" ? "-latn" : ""}.csv`;
