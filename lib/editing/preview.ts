// The editing form's preview: where the entry, as the editor has it now, would be marked in the
// articles (each place with the form found and its grammar), the marks it would take from other
// entries there (the longest name wins, so a new «сот шешімі» takes those places from «сот»),
// the forms of its term the engine accepts (its paradigm), and the words in the articles that
// begin like the term but are not read as it (сотталған is not сот). All from the engine itself,
// with the glossary as it would be: what the preview shows is what the reader will show.
import { annotate, buildTermIndex, tokenize, type Analysis, type Span, type SuffixTag, type TermIndex } from "@/lib/annotate";
import { versionIn, type Article } from "@/lib/articles/parse";
import type { GlossaryEntry, Lang } from "@/lib/glossary/schema";
import { LANGS } from "@/lib/glossary/schema";
import { CONTENT_LANGUAGES, languageOf } from "@/lib/languages";
import { generateChains, harmonies, soundClass } from "@/lib/morphology/kk";
import { droppedStem, epentheticStem, softSignDropped, voicedStem } from "@/lib/morphology/kk/phonology";

export interface PreviewOccurrence {
  article: string;
  /** The article's title in the occurrence's language. */
  title: string;
  lang: Lang;
  /** 1-based, as the reader's #p{n} anchors count. */
  paragraph: number;
  /** The paragraph's text. */
  text: string;
  /** The form as written there. */
  form: string;
  start: number;
  end: number;
  /** The grammar of the inflected word; null for the dictionary form. */
  grammar: Analysis | null;
}

export interface TakenMark {
  article: string;
  lang: Lang;
  paragraph: number;
  /** The entry that marks the place today. */
  termId: string;
  /** What it marks today. */
  text: string;
  /** What the edited entry would mark there instead. */
  form: string;
}

export interface ParadigmForm {
  lang: Lang;
  form: string;
  suffixes: SuffixTag[];
}

export interface NearMiss {
  lang: Lang;
  /** A word of the articles, folded, that begins with a one-word name of the entry. */
  word: string;
  count: number;
}

export interface EntryPreview {
  occurrences: PreviewOccurrence[];
  takenFrom: TakenMark[];
  paradigm: ParadigmForm[];
  unmatched: NearMiss[];
  /** Set when there were more occurrences than the answer holds. */
  truncated: boolean;
}

/** `paradigm`: forms per language. */
export const PREVIEW_LIMITS = { occurrences: 500, paradigm: 400, unmatched: 40 } as const;

export interface PreviewInput {
  entry: GlossaryEntry;
  /** The glossary without the edited entry's saved version (the rest as it is). */
  others: readonly GlossaryEntry[];
  articles: readonly Article[];
  /** The marks of a paragraph today, from the saved glossary. */
  marksToday(text: string, lang: Lang): readonly Span[];
  /**
   * The engine's index of the glossary as it would be (the others and the entry), when the caller
   * has it already (the form's check built it for the name checks); built here otherwise.
   */
  indexOf?: (lang: Lang) => TermIndex;
}

export function previewEntry(input: PreviewInput): EntryPreview {
  const { entry } = input;
  const glossary = [...input.others, entry];
  const occurrences: PreviewOccurrence[] = [];
  const takenFrom: TakenMark[] = [];
  const unmatched = new Map<string, NearMiss>();
  let truncated = false;

  corpus: for (const lang of LANGS) {
    const index = input.indexOf ? input.indexOf(lang) : buildTermIndex(glossary, lang);
    const alone = buildTermIndex([entry], lang);
    const { stems, words } = lastWords(entry, lang);
    for (const article of input.articles) {
      const version = versionIn(article, lang);
      if (!version) continue; // a translation the article does not have yet
      for (const paragraph of version.paragraphs) {
        const text = paragraph.text;
        if (!mayHold(text, stems)) continue;
        const spans = annotate(text, index).filter((s) => s.termId === entry.id);
        for (const span of spans) {
          if (occurrences.length >= PREVIEW_LIMITS.occurrences) {
            // Enough to show: the rest of the corpus is not looked through.
            truncated = true;
            break corpus;
          }
          occurrences.push({
            article: article.slug,
            title: version.meta.title,
            lang,
            paragraph: paragraph.index + 1,
            text,
            form: span.text,
            start: span.start,
            end: span.end,
            grammar: span.analysis && span.analysis.suffixes.length > 0 ? span.analysis : null,
          });
          for (const today of input.marksToday(text, lang)) {
            if (today.termId !== entry.id && today.start < span.end && span.start < today.end) {
              takenFrom.push({ article: article.slug, lang, paragraph: paragraph.index + 1, termId: today.termId, text: today.text, form: span.text });
            }
          }
        }
        collectNearMisses(text, lang, words, alone, entry.id, unmatched);
      }
    }
  }
  return {
    occurrences,
    takenFrom,
    paradigm: paradigmOf(entry),
    unmatched: [...unmatched.values()].sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : 1)).slice(0, PREVIEW_LIMITS.unmatched),
    truncated,
  };
}

/**
 * The one-word names, folded, and for every name a beginning all forms of its last word share: a
 * paragraph without one cannot hold the entry. Stems change at their end before suffixes (жемқорлық ->
 * жемқорлығы, орын -> орны), so the word less its last two letters (at least two kept).
 */
function lastWords(entry: GlossaryEntry, lang: Lang): { stems: string[]; words: string[] } {
  const block = entry[lang];
  const stems = new Set<string>();
  const words = new Set<string>();
  for (const name of [block.term, ...block.variants]) {
    const tokens = tokenize(name);
    const last = tokens[tokens.length - 1]?.norm;
    if (!last) continue;
    if (tokens.length === 1) words.add(last);
    // Two letters off the end (a short word keeps two): орын -> орны, жемқорлық -> жемқорлығы.
    stems.add(last.slice(0, Math.max(2, last.length - 2)));
  }
  return { stems: [...stems], words: [...words] };
}

function mayHold(text: string, stems: readonly string[]): boolean {
  const folded = tokenize(text).map((t) => t.norm);
  return folded.some((word) => stems.some((stem) => word.startsWith(stem) || word.includes(`-${stem}`)));
}

/**
 * Words of the paragraph that begin with the whole last word of a one-word name but that the
 * engine does not read as the entry even on their own (сотталған for сот): the words an editor
 * might expect to be marked and that will not be. (A word read as the entry but marked as a
 * longer name around it is not one of them.)
 */
function collectNearMisses(text: string, lang: Lang, lastWords: readonly string[], alone: TermIndex, id: string, into: Map<string, NearMiss>): void {
  const whole = lastWords.filter((w) => w.length >= 3);
  if (whole.length === 0) return;
  for (const token of tokenize(text)) {
    if (token.norm.length === 0 || !whole.some((w) => token.norm.startsWith(w))) continue;
    if (accepted(text.slice(token.start, token.end), alone, id)) continue;
    const key = `${lang}:${token.norm}`;
    const seen = into.get(key);
    if (seen) seen.count++;
    else into.set(key, { lang, word: token.norm, count: 1 });
  }
}

/**
 * The forms of the entry's term that the engine reads as the entry: candidates spelt from the
 * language's inflection (Kazakh: every suffix chain on the last word's stems; the others: each
 * word's listed forms), each kept only when the engine, given the entry alone, marks it whole.
 */
export function paradigmOf(entry: GlossaryEntry): ParadigmForm[] {
  const out: ParadigmForm[] = [];
  for (const lang of LANGS) {
    const index = buildTermIndex([entry], lang);
    const seen = new Set<string>();
    let count = 0;
    for (const candidate of candidates(entry[lang].term, lang)) {
      if (seen.has(candidate)) continue;
      seen.add(candidate);
      const form = accepted(candidate, index, entry.id);
      if (form) {
        out.push({ lang, ...form });
        if (++count >= PREVIEW_LIMITS.paradigm) break;
      }
    }
  }
  return out;
}

function accepted(candidate: string, index: TermIndex, id: string): { form: string; suffixes: SuffixTag[] } | undefined {
  const spans = annotate(candidate, index);
  const span = spans.length === 1 ? spans[0] : undefined;
  if (!span || span.termId !== id || span.start !== 0 || span.end !== candidate.length) return undefined;
  return { form: candidate, suffixes: span.analysis?.suffixes.map((s) => s.tag) ?? [] };
}

function candidates(term: string, lang: Lang): string[] {
  const words = term.split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const language = languageOf(lang, CONTENT_LANGUAGES);
  if (language.inflection.kind === "kazakhLexicon") {
    const last = words[words.length - 1]!;
    const lower = last.toLocaleLowerCase("kk");
    const before = words.slice(0, -1).join(" ");
    const stems = [lower, voicedStem(lower), droppedStem(lower), softSignDropped(lower), epentheticStem(lower)].filter((s): s is string => !!s);
    const out: string[] = [term];
    for (const harmony of harmonies(lower)) {
      for (const chain of generateChains(soundClass(lower), harmony)) {
        if (chain.text === "") continue;
        for (const stem of stems) out.push(`${before ? `${before} ` : ""}${stem === lower ? last : stem}${chain.text}`);
      }
    }
    return out;
  }
  const folded = words.map((w) => language.foldForm(w.toLowerCase()));
  const forms = language.inflection.termForms(folded, words);
  const out: string[] = [term];
  forms.forEach((list, i) => {
    for (const form of list) {
      if (form.form === folded[i]) continue;
      out.push(words.map((w, j) => (j === i ? form.form : w)).join(" "));
    }
  });
  return out;
}
