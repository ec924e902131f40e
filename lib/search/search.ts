// Ranked glossary search (the kinds and their order: MATCH_KINDS in types.ts). Each kind is a
// lookup in the index built by build-index.ts, so a query's cost follows the query and the few
// names near it, not the size of the glossary:
// - exact and prefix: the whole key, and the sorted words the query's last word begins;
// - inflected: the term engine reads the query (сотының → сот + ы + ның; суда присяжных;
//   juries' ), and Kazakh typed in Latin, romanised or on a Russian keyboard is spelled back
//   for the engine (typed-inflected.ts);
// - word: a word of a longer name is, begins with or is inflected as the query, or the query
//   holds a whole name among other words;
// - near: the sorted words give the names one or two typos away, a misspelt stem of an
//   inflected form included (медиацясы → медиация + сы), which the engine then confirms.
// A Kazakh name matched through its looser keys (Russian keyboard, romanised) ranks just after
// the same kind of match spelt with the Kazakh letters, and every result says why it matched.
// Without a query it browses: every entry in Kazakh alphabetical order.
//
// The index is written here rather than taken from a library such as MiniSearch: what decides a
// match is the term engine (сотталған is not сот + талған; a prefix index alone would say it is),
// the three looser spellings of Kazakh each need their own keys, and a misspelt stem needs the
// engine to confirm its suffix; a library would hold the words, and everything that makes the
// search right would still be this file. `npm run bench` measures it up to 20,000 entries.
import { tokenize } from "@/lib/annotate";
import type { Analysis, Span, SuffixTag } from "@/lib/annotate/types";
import { LANGS, type Domain, type GlossaryEntry, type Lang } from "@/lib/glossary/schema";
import { lemmatizeKk } from "@/lib/morphology/kk/analyze";
import { enForms } from "@/lib/morphology/en";
import { nounForms } from "@/lib/morphology/ru";
import { looseKey, queryKey, scriptOf } from "./keys";
import { lowerBound, nearWords } from "./near-words";
import { typedInflections } from "./typed-inflected";
import { MATCH_KINDS, type KeySpace, type MatchKind, type MatchWhy, type NameRecord, type SearchIndex, type SearchResult, type SpaceIndex } from "./types";

export interface SearchOptions {
  domain?: Domain;
}

/** How a query matched one entry: the kind of match, its score and what it matched. */
interface EntryMatch {
  kind: MatchKind;
  /** Lower is better, within the same kind. */
  score: number;
  matched: string;
  why: MatchWhy;
}

/** A match through a looser key (Russian keyboard, romanised) ranks just after a letter-true one. */
const LOOSE_PENALTY = 0.25;
/** A variant ranks after the term itself. */
const VARIANT_PENALTY = 0.5;
/** How many dictionary words a Russian or English query word is tried as an inflection of. */
const MAX_LEMMA_CANDIDATES = 200;
/** How many misspelt stems + suffix the engine is asked to confirm, per query. */
const MAX_STEM_CHECKS = 16;

const rank = (c: Pick<EntryMatch, "kind" | "score">): number => MATCH_KINDS.indexOf(c.kind) * 100 + c.score;

/**
 * How many edits a misspelt query may be away from a name, by its letters: none under four
 * (too many words are that close), one and a half up to five (kurt → court: k for c, o left
 * out), two from six.
 */
export function typoBudget(letters: number): number {
  return letters < 4 ? 0 : letters <= 5 ? 1.5 : 2;
}

/** The results of one query: the best match per entry, offered by each kind of match. */
class Matches {
  readonly best = new Map<number, EntryMatch>();
  constructor(
    private readonly index: SearchIndex,
    private readonly inDomain: (entry: GlossaryEntry) => boolean,
  ) {}

  offer(entry: number, match: EntryMatch): void {
    if (!this.inDomain(this.index.entries[entry]!)) return;
    const previous = this.best.get(entry);
    if (!previous || rank(match) < rank(previous)) this.best.set(entry, match);
  }

  has(kinds: readonly MatchKind[]): boolean {
    for (const c of this.best.values()) if (kinds.includes(c.kind)) return true;
    return false;
  }
}

const nameScore = (record: NameRecord, penalty: number) => penalty + (record.variant ? VARIANT_PENALTY : 0) + record.key.length / 1000;

/** Sorted words that begin with the prefix. */
function* wordsStarting(sorted: readonly string[], prefix: string): Generator<string> {
  for (let i = lowerBound(sorted, prefix); i < sorted.length && sorted[i]!.startsWith(prefix); i++) yield sorted[i]!;
}

/** Exact, prefix and word matches of a key in one space. */
function keyMatches(matches: Matches, space: SpaceIndex, key: string, penalty: number, typed: MatchWhy["typed"], query: string): void {
  // Kazakh matched through Latin letters or a looser key says what was typed.
  const why = (record: NameRecord): MatchWhy => {
    const shown = record.lang === "kk" && scriptOf(query) !== scriptOf(record.form);
    return { form: record.form, lang: record.lang, ...(typed || shown ? { query } : {}), ...(typed ? { typed } : {}) };
  };
  for (const i of space.exact.get(key) ?? []) {
    const record = space.records[i]!;
    matches.offer(record.entry, { kind: "exact", score: nameScore(record, penalty), matched: record.form, why: why(record) });
  }
  const words = key.split(" ");
  const offerStart = (posting: { record: number; position: number }) => {
    const record = space.records[posting.record]!;
    if (record.key === key) return;
    const from = posting.position === 0 ? record.key : record.words.slice(posting.position).join(" ");
    if (!from.startsWith(key)) return;
    const kind = posting.position === 0 ? "prefix" : "word";
    matches.offer(record.entry, { kind, score: nameScore(record, penalty) + posting.position / 100, matched: record.form, why: why(record) });
  };
  if (words.length === 1) {
    for (const word of wordsStarting(space.sortedWords, key)) for (const posting of space.postings.get(word)!) offerStart(posting);
  } else {
    for (const posting of space.postings.get(words[0]!) ?? []) offerStart(posting);
  }
}

/** The whole query read by the term engine: inflected if a name covers all of it, a word match if part. */
function engineMatches(matches: Matches, index: SearchIndex, trimmed: string, langs: readonly Lang[]): void {
  for (const lang of langs) {
    for (const span of index.findSpans(trimmed, lang)) {
      const entry = index.position.get(span.termId);
      if (entry === undefined) continue;
      const whole = span.start === 0 && span.end === trimmed.length;
      const name = index.entries[entry]![lang].term;
      const why: MatchWhy = { form: name, lang, query: span.text, ...(span.analysis ? { analysis: span.analysis } : {}) };
      const score = whole ? 0 : 1 - span.text.length / trimmed.length;
      matches.offer(entry, { kind: whole ? "inflected" : "word", score, matched: span.text, why });
    }
  }
}

/** Kazakh inflected forms typed in Latin, romanised or on a Russian keyboard. */
function typedMatches(matches: Matches, index: SearchIndex, trimmed: string, key: string, loose: string, latin: boolean): void {
  const offer = (spans: Map<number, Span>, penalty: number, typed: MatchWhy["typed"]) => {
    for (const [entry, span] of spans) {
      const why: MatchWhy = { form: index.entries[entry]!.kk.term, lang: "kk", query: trimmed, ...(span.analysis ? { analysis: span.analysis } : {}), ...(typed ? { typed } : {}) };
      matches.offer(entry, { kind: "inflected", score: penalty, matched: trimmed, why });
    }
  };
  if (latin) {
    offer(typedInflections(index, key, "latin"), 0, undefined);
    offer(typedInflections(index, loose, "roman"), LOOSE_PENALTY, "roman");
  } else {
    offer(typedInflections(index, loose, "keyboard"), LOOSE_PENALTY, "keyboard");
  }
}

const KAZAKH_LETTERS = /[әғқңөұүһі]/;

const ENGLISH_TAG: Record<ReturnType<typeof enForms>[number]["tag"], SuffixTag> = { plural: "plural", possessive: "possessive", pluralPossessive: "possessive" };

/** The dictionary words of a space that a one-word query is an inflected form of, with the grammar. */
interface Lemma {
  lemma: string;
  /** The language whose grammar reads the query so. */
  lang: Lang;
  analysis: Analysis;
}

/**
 * The dictionary words beginning like the word (the ending is at most three letters) that
 * `formOf` says it is an inflected form of, as the language's lemmas with the grammar.
 */
function lemmasByForms(space: SpaceIndex, word: string, lang: Lang, formOf: (lemma: string) => { stemLength: number; tag: SuffixTag } | undefined): Lemma[] {
  const found: Lemma[] = [];
  let tried = 0;
  for (const lemma of wordsStarting(space.sortedWords, word.slice(0, Math.max(2, word.length - 3)))) {
    if (++tried > MAX_LEMMA_CANDIDATES) break;
    const form = lemma === word ? undefined : formOf(lemma);
    if (form) found.push({ lemma, lang, analysis: { lemma, stem: word.slice(0, form.stemLength), suffixes: [{ form: word.slice(form.stemLength), tag: form.tag }] } });
  }
  return found;
}

function lemmasOf(space: SpaceIndex, word: string, latin: boolean): Lemma[] {
  if (latin) {
    return lemmasByForms(space, word, "en", (lemma) => {
      const form = enForms(lemma).find((f) => f.form === word);
      return form && { stemLength: form.stemLength, tag: ENGLISH_TAG[form.tag] };
    });
  }
  const found: Lemma[] = lemmatizeKk(word)
    .filter((reading) => reading.suffixes.length > 0)
    .map((reading) => ({ lemma: reading.lemma, lang: "kk" as const, analysis: { lemma: reading.lemma, stem: reading.stem, suffixes: reading.suffixes, ...(reading.hyphen ? { hyphen: reading.hyphen } : {}) } }));
  if (KAZAKH_LETTERS.test(word)) return found; // not a Russian word
  const russian = lemmasByForms(space, word, "ru", (lemma) => {
    const form = KAZAKH_LETTERS.test(lemma) ? undefined : nounForms(lemma).find((f) => f.form === word);
    return form && { stemLength: form.stemLength, tag: "case" };
  });
  return [...found, ...russian];
}

/** A one-word query inflected as a word of a longer name: juries → jury trial; сотының → Жоғарғы сот. */
function wordInflectionMatches(matches: Matches, space: SpaceIndex, word: string, latin: boolean): void {
  for (const { lemma, lang, analysis } of lemmasOf(space, word, latin)) {
    for (const posting of space.postings.get(lemma) ?? []) {
      const record = space.records[posting.record]!;
      // A whole one-word name is the engine's to decide; a Kazakh reading counts for Kazakh names only, and so on.
      if (record.words.length === 1 || record.lang !== lang) continue;
      const why: MatchWhy = { form: record.form, lang: record.lang, query: word, analysis };
      matches.offer(record.entry, { kind: "word", score: 0.1 + nameScore(record, 0) + record.words.length / 100, matched: record.form, why });
    }
  }
}

/** Up to the end of a name's last word, for a misspelt stem to be inflected after. */
function nameUpToLastWord(form: string): string {
  const last = tokenize(form).at(-1);
  return last ? form.slice(0, last.end) : form;
}

/** Names one or two typos away, whole or as the misspelt stem of an inflected last word. */
function nearMatches(matches: Matches, index: SearchIndex, space: SpaceIndex, key: string, budget: number, penalty: number, typed: MatchWhy["typed"]): void {
  const words = key.split(" ");
  if (words.length > space.longest) return;
  const letters = key.replace(/ /g, "").length;
  const last = words.at(-1)!;
  // Each earlier word: the dictionary words it may be, with their cost (a short word only itself).
  const heads = words.slice(0, -1).map((word) => new Map(nearWords(space.sortedWords, word, Math.min(budget, typoBudget(word.length))).map((hit) => [hit.word, hit.cost])));
  // The last word, whole or as a misspelt stem (not in the loose spaces: its suffix could not be spelt back).
  let hits = nearWords(space.sortedWords, last, Math.min(budget, typoBudget(last.length)), !typed).filter((hit) => hit.cost > 0 || hit.used < last.length);
  // A short word: only its closest whole words, or kurt would bring every four-letter word two edits away.
  const wholeCosts = hits.filter((h) => h.used === last.length).map((h) => h.cost);
  if (letters <= 5 && wholeCosts.length > 0) {
    const closest = Math.min(...wholeCosts);
    hits = hits.filter((h) => h.used < last.length || h.cost === closest);
  }
  // The closest first, so the engine is asked about the likeliest stems before the cap.
  hits.sort((a, b) => a.cost - b.cost || b.used - a.used);
  let checks = 0;
  for (const hit of hits) {
    const whole = hit.used === last.length;
    if (!whole && hit.cost === 0) continue; // an exact stem + suffix is the engine's inflected match
    for (const posting of space.postings.get(hit.word) ?? []) {
      const record = space.records[posting.record]!;
      const n = words.length;
      let cost = hit.cost;
      if (n > 1 || !whole) {
        if (record.words.length !== n || posting.position !== n - 1) continue;
        for (let i = 0; i < n - 1 && cost <= budget; i++) cost += record.words[i] === words[i] ? 0 : (heads[i]!.get(record.words[i]!) ?? Infinity);
        if (cost > budget) continue;
      }
      const why: MatchWhy = { form: record.form, lang: record.lang, query: key, edits: cost, ...(typed ? { typed } : {}) };
      if (whole) {
        // A misspelling of one word of a longer name ranks after misspellings of whole names.
        const partOf = record.words.length > n ? 1 : 0;
        matches.offer(record.entry, { kind: "near", score: partOf + cost + nameScore(record, penalty), matched: record.form, why });
        continue;
      }
      // A misspelt stem: the name with the query's suffix after it, confirmed by the engine.
      // The engine reads each language in its own letters: Kazakh and Russian in Cyrillic, English in Latin.
      const readable = space === index.spaces.latin ? record.lang === "en" : record.lang !== "en";
      if (!readable || checks++ >= MAX_STEM_CHECKS) continue;
      const phrase = nameUpToLastWord(record.form) + last.slice(hit.used);
      const entryId = index.entries[record.entry]!.id;
      const span = index.findSpans(phrase, record.lang).find((s) => s.termId === entryId && s.start === 0 && s.end === phrase.length);
      if (!span) continue;
      matches.offer(record.entry, { kind: "near", score: cost + nameScore(record, penalty), matched: record.form, why: { ...why, ...(span.analysis ? { analysis: span.analysis } : {}) } });
    }
  }
}

export function searchGlossary(index: SearchIndex, query: string, options: SearchOptions = {}): SearchResult[] {
  const inDomain = (entry: GlossaryEntry) => !options.domain || entry.domains.includes(options.domain);
  const { key, script } = queryKey(query);
  if (key === "") return index.entries.filter(inDomain).map((entry) => ({ entry, kind: "browse", matched: entry.kk.term }));

  const latin = script === "latin";
  const loose = looseKey(key, script);
  const strict: KeySpace = latin ? "latin" : "cyrillic";
  const looser: KeySpace = latin ? "latin-loose" : "cyrillic-loose";
  const typed: MatchWhy["typed"] = latin ? "roman" : "keyboard";
  const matches = new Matches(index, inDomain);

  const trimmed = query.trim();
  keyMatches(matches, index.spaces[strict], key, 0, undefined, trimmed);
  keyMatches(matches, index.spaces[looser], loose, LOOSE_PENALTY, typed, trimmed);
  engineMatches(matches, index, trimmed, latin ? ["en"] : LANGS);
  typedMatches(matches, index, trimmed, key, loose, latin);
  if (!key.includes(" ")) wordInflectionMatches(matches, index.spaces[strict], key, latin);
  // Misspellings are corrected only when the query, as typed, is no name, inflected name or
  // beginning of one: медиацея, kurt, медиацясы; not медиация (which would bring медиатор).
  // One typo is looked for first, and two only when one finds nothing.
  if (!matches.has(["exact", "inflected", "prefix"])) {
    const budget = typoBudget(key.replace(/ /g, "").length);
    for (const tried of budget > 1 ? [1, budget] : budget > 0 ? [budget] : []) {
      nearMatches(matches, index, index.spaces[strict], key, tried, 0, undefined);
      nearMatches(matches, index, index.spaces[looser], loose, tried, LOOSE_PENALTY, typed);
      if (matches.has(["near"])) break;
    }
  }

  return [...matches.best.entries()]
    .sort(([a, ca], [b, cb]) => rank(ca) - rank(cb) || a - b)
    .map(([entry, { kind, matched, why }]) => ({ entry: index.entries[entry]!, kind, matched, why }));
}
