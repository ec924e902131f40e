// Finds the glossary terms in a text with a built TermIndex: every word is tried as the last word
// of a term (through its inflections), the trie is walked back over the words before it, and of
// overlapping terms found the longest wins. Spans use the original text's offsets.
import type { Analysis, Span, Suffix } from "@/lib/annotate/types";
import { startsWithCapital } from "@/lib/text/case";
import { gapKey, MAX_NAME_GAP, type KkPayload, type TermIndex, type TermRef, type TrieNode, type WordVariant } from "@/lib/annotate/term-index";
import { objectOfVerb } from "@/lib/morphology/kk/context";
import type { KkLexicon, LexiconMatch } from "@/lib/morphology/kk/lexicon";
import { isSpaceGap, originalOffset, tokenize, type Token } from "@/lib/morphology/tokenize";

type KkMatch = LexiconMatch<KkPayload>;

/**
 * A term found in the text. How its last word was read is kept as the lexicon's match (Kazakh)
 * or the form variant (Russian, English), neither for an exact form; it is turned into an
 * Analysis only for the spans kept.
 */
interface FoundTerm {
  first: number;
  last: number;
  term: TermRef;
  match: KkMatch | undefined;
  variant: WordVariant | undefined;
  /**
   * The token `variant` reads: the last, or, when the last word stands as written, the last word
   * before it read in an inflected form (the head of «торговлей людьми», whose complement is fixed).
   */
  at: number;
  /** In UTF-16 units of the text: the tie-break between terms of as many words. */
  length: number;
  /** A word before the last was read in an inflected form (the genitive of «соттың шешімі»). */
  bent: boolean;
}

// Buffers reused from word to word (annotate runs to completion, so they are never shared):
// most words have no reading at all, and allocating even an empty list per word showed as
// garbage-collection time in profiles. For the same reason the loops run per word or per match
// are indexed rather than for-of: an iterator that V8 does not optimise away is an object.
const matches: KkMatch[] = [];
const bestMatches: KkMatch[] = [];
const bestRanks: number[] = [];

export interface AnnotateOptions {
  /**
   * Stop once more than this many spans are found: the answer then has maxSpans + 1 spans, enough
   * for a caller with a cap to refuse the text without building (and holding) every span of it.
   */
  maxSpans?: number;
  /** Also give each span the terms inside it that it won over (Span.inner). */
  inner?: boolean;
}

/**
 * The found terms of the call under way, and the objects they are written into: a text has
 * thousands (one per reading that ends a term), each was a new object, and together they were a
 * large share of annotate's garbage. The objects are reused from call to call with the same index
 * (they hold no text, only offsets and the index's own objects, and the pool goes with the index),
 * and are read only until the call returns.
 */
const foundList: FoundTerm[] = [];
let foundPool: FoundTerm[] = [];

/**
 * What annotate keeps with an index, and loses with it: the found terms' objects (above), and
 * the readings of the words met so far (readingsOf) and the analyses made (memoAnalysis), each up to KEPT_LIMITS.
 */
interface KeptWithIndex {
  pool: FoundTerm[];
  readings: Map<string, readonly KkMatch[]>;
  analyses: AnalysisMemo;
}
const perIndex = new WeakMap<TermIndex, KeptWithIndex>();

/** How much annotate keeps with an index: words read (readingsOf) and analyses made (memoAnalysis). */
export const KEPT_LIMITS = { words: 50_000, analyses: 20_000 } as const;

function keptFor(index: TermIndex): KeptWithIndex {
  let kept = perIndex.get(index);
  if (!kept) perIndex.set(index, (kept = { pool: [], readings: new Map(), analyses: { byReading: new Map(), size: 0 } }));
  return kept;
}

/**
 * A copy of a string that shares no memory with the text it was cut from: V8 makes a substring of
 * 13 or more units a view of the whole text, and what is kept from call to call must not hold a
 * request's text. Joining forces a flat copy of the word, of which the slice is a view.
 */
const detached = (s: string): string => (s.length < 13 ? s : ` ${s}`.slice(1));

function findTerms(text: string, tokens: readonly Token[], index: TermIndex): FoundTerm[] {
  const found = foundList;
  if (found.length !== 0) found.length = 0;
  const kept = keptFor(index);
  foundPool = kept.pool;
  const cache = kept.readings;
  const lexicon = index.kk;
  for (let j = 0; j < tokens.length; j++) {
    const token = tokens[j]!;
    if (lexicon) {
      const readings = readingsOf(lexicon, cache, token.norm);
      for (let k = 0; k < readings.length; k++) tryMatch(text, tokens, index, j, readings[k]!, found);
      continue;
    }
    const node = index.roots.get(`=${token.norm}`);
    if (node) walk(text, tokens, index, node, j, j, undefined, undefined, j, false, false, found);
    for (const variant of index.variants.get(token.norm) ?? []) {
      const child = index.roots.get(variant.spec);
      if (child) walk(text, tokens, index, child, j, j, undefined, variant, j, false, false, found);
    }
  }
  return found;
}

export function annotate(text: string, index: TermIndex, options: AnnotateOptions = {}): Span[] {
  const tokens = tokenize(text);
  return select(text, tokens, findTerms(text, tokens, index), keptFor(index).analyses, options.maxSpans ?? Infinity, options.inner ?? false);
}

/** How a whole name can be read with the index: one reading per name whose words it fills. */
export interface NameReading {
  termId: string;
  /** The glossary name read. */
  term: string;
  /** A word of the text stood in an inflected form of that name's word. */
  inflected: boolean;
  /** A word before the last did (the genitive of «соттың шешімі»). */
  bent: boolean;
  /** The grammar of the last word, when inflected. */
  analysis?: Analysis;
}

/**
 * Every way the whole of `text` (a glossary name, say) reads as one name of the index, from its
 * first word to its last: for the checks that a name is found as itself and in dictionary form.
 */
export function readWhole(text: string, index: TermIndex): NameReading[] {
  const tokens = tokenize(text);
  if (tokens.length === 0) return [];
  const memo = keptFor(index).analyses;
  return findTerms(text, tokens, index)
    .filter((c) => c.first === 0 && c.last === tokens.length - 1)
    .map((c) => {
      const span = makeSpan(text, tokens, c, memo);
      const inflected = c.bent || (span.analysis !== undefined && span.analysis.suffixes.length > 0 && span.analysis.lemma !== tokens[c.at]!.norm);
      const reading: NameReading = { termId: c.term.termId, term: c.term.term, inflected, bent: c.bent };
      if (span.analysis) reading.analysis = span.analysis;
      return reading;
    });
}

/**
 * The readings a folded word has (after chooseBest), in the order they are tried. Texts repeat
 * their words, and reading one (prefix hashes, suffix cuts, stem lookups, chooseBest) costs several
 * times the Map lookup that serves each repeat; a server annotates text after text with the same
 * index, paragraph by paragraph, so the readings are kept with the index, not per call. The words
 * kept are bounded (KEPT_LIMITS.words: the table is emptied when full, so text made to fill it costs
 * time, never memory), and each key is a copy of the word, so that no request's text is held by it
 * (V8 makes a longer substring a view of the whole text).
 */
const NO_READINGS: readonly KkMatch[] = [];

function readingsOf(lexicon: KkLexicon<KkPayload>, cache: Map<string, readonly KkMatch[]>, word: string): readonly KkMatch[] {
  const known = cache.get(word);
  if (known) return known;
  if (cache.size >= KEPT_LIMITS.words) cache.clear();
  // Cleared only when used: setting an array's length is a call into the runtime.
  if (matches.length !== 0) matches.length = 0;
  lexicon.analyze(word, matches);
  let readings = NO_READINGS;
  if (matches.length === 1) readings = [matches[0]!];
  else if (matches.length > 1) {
    chooseBest(matches);
    readings = bestMatches.slice();
  }
  cache.set(detached(word), readings);
  return readings;
}

function tryMatch(text: string, tokens: readonly Token[], index: TermIndex, j: number, m: KkMatch, out: FoundTerm[]): void {
  const ambiguous = m.chain.ambiguousAccusative && !verbFollows(text, tokens, j);
  walk(text, tokens, index, m.payload.root, j, j, m, undefined, j, ambiguous, false, out);
}

/** The word after token j, with only a space between, is a verb taking it as object (context.ts). */
function verbFollows(text: string, tokens: readonly Token[], j: number): boolean {
  const next = tokens[j + 1];
  return next !== undefined && isSpaceGap(text, tokens[j]!.end, next.start) && objectOfVerb(next.norm);
}

/**
 * One reading per spec into bestMatches: a sure one before an ambiguous one, then the
 * better-reading route, then the shorter chain. A short list scanned in place (matches are few),
 * in the order each spec was first seen.
 */
function chooseBest(list: readonly KkMatch[]): void {
  bestMatches.length = 0;
  bestRanks.length = 0;
  for (let i = 0; i < list.length; i++) {
    const m = list[i]!;
    const preferredRoute = m.payload.preferPossessive ? "possessive" : "plain";
    const rank = (m.chain.ambiguousAccusative ? 100 : 0) + (m.record.route === preferredRoute ? 0 : 10) + m.chain.suffixes.length;
    let k = 0;
    while (k < bestMatches.length && bestMatches[k]!.payload.spec !== m.payload.spec) k++;
    if (k < bestMatches.length && bestRanks[k]! <= rank) continue;
    bestMatches[k] = m;
    bestRanks[k] = rank;
  }
}

function walk(
  text: string,
  tokens: readonly Token[],
  index: TermIndex,
  node: TrieNode,
  first: number,
  last: number,
  match: KkMatch | undefined,
  variant: WordVariant | undefined,
  at: number,
  /** The last word's reading is not enough on its own (заңды may be "lawful"): only a longer term may use it. */
  ambiguous: boolean,
  bent: boolean,
  out: FoundTerm[],
): void {
  const term = node.terms ? termHere(text, tokens, node.terms, first) : undefined;
  if (term && !(first === last && ambiguous)) {
    const length = tokens[last]!.end - tokens[first]!.start;
    const reused = foundPool[out.length];
    if (reused === undefined) {
      const made: FoundTerm = { first, last, term, match, variant, at, length, bent };
      foundPool.push(made);
      out.push(made);
    } else {
      reused.first = first;
      reused.last = last;
      reused.term = term;
      reused.match = match;
      reused.variant = variant;
      reused.at = at;
      reused.length = length;
      reused.bent = bent;
      out.push(reused);
    }
  }
  if ((!node.children && !node.exact && !node.gaps) || first === 0) return;
  const prev = tokens[first - 1]!;
  if (!isSpaceGap(text, prev.end, tokens[first]!.start)) {
    // Punctuation that belongs to a name (the comma of «убийство, совершённое …», brackets).
    if (!node.gaps || tokens[first]!.start - prev.end > MAX_NAME_GAP) return;
    const key = gapKey(text.slice(prev.end, tokens[first]!.start));
    const exactGap = node.gaps.get(`${key}\u0001=${prev.norm}`);
    if (exactGap) walk(text, tokens, index, exactGap, first - 1, last, match, variant, at, ambiguous, bent, out);
    for (const v of index.variants.get(prev.norm) ?? []) {
      const child = node.gaps.get(`${key}\u0001${v.spec}`);
      if (!child || child === exactGap) continue;
      if (match || variant) walk(text, tokens, index, child, first - 1, last, match, variant, at, ambiguous, true, out);
      else walk(text, tokens, index, child, first - 1, last, match, v, first - 1, ambiguous, true, out);
    }
    return;
  }
  const exact = node.exact?.get(prev.norm);
  if (exact) walk(text, tokens, index, exact, first - 1, last, match, variant, at, ambiguous, bent, out);
  if (!node.children) return;
  const variants = index.variants.get(prev.norm);
  if (!variants) return;
  for (let k = 0; k < variants.length; k++) {
    const child = node.children.get(variants[k]!.spec);
    if (!child || child === exact) continue;
    // A last word read as written leaves the analysis to the nearest inflected word before it.
    if (match || variant) walk(text, tokens, index, child, first - 1, last, match, variant, at, ambiguous, true, out);
    else walk(text, tokens, index, child, first - 1, last, match, variants[k], first - 1, ambiguous, true, out);
  }
}

/** The first of a node's names that fits the text's capitals (only case-sensitive names look). */
function termHere(text: string, tokens: readonly Token[], terms: readonly TermRef[], first: number): TermRef | undefined {
  for (let k = 0; k < terms.length; k++) {
    const ref = terms[k]!;
    const capitals = ref.capitals;
    if (!capitals) return ref;
    let fits = true;
    for (let w = 0; w < capitals.length && fits; w++) {
      const token = tokens[first + w]!;
      fits = startsWithCapital(text.slice(token.start, token.end)) === capitals[w];
    }
    if (fits) return ref;
  }
  return undefined;
}

/** Longest term first (in words, then in letters), then leftmost; the sort is stable, so then first found. */
const byPriority = (a: FoundTerm, b: FoundTerm) => b.last - b.first - (a.last - a.first) || b.length - a.length || a.first - b.first;

const groupBuffer: FoundTerm[] = [];
const groupStarts: number[] = [];
const groupFirsts: number[] = [];
const groupLasts: number[] = [];
const keptBuffer: Span[] = [];

/** found[from..to) in byPriority order, equal ones in list order, in groupBuffer. */
function sortedGroup(found: readonly FoundTerm[], from: number, to: number): FoundTerm[] {
  const group = groupBuffer;
  group.length = 0;
  for (let i = from; i < to; i++) {
    const c = found[i]!;
    let k = group.length;
    group.push(c);
    while (k > 0 && byPriority(group[k - 1]!, c) > 0) {
      group[k] = group[k - 1]!;
      k--;
    }
    group[k] = c;
  }
  return group;
}

/**
 * Of overlapping terms found the one first by byPriority wins. Whether a found term is kept
 * depends only on those overlapping it, so the found terms are split into groups whose words overlap
 * (runs of the list, as it is ordered by last word) and each group is settled alone: most are a
 * single found term and need no sorting, and the groups come out left to right, so the spans need
 * no final sort either.
 */
function select(text: string, tokens: readonly Token[], found: FoundTerm[], memo: AnalysisMemo, maxSpans: number, inner: boolean): Span[] {
  const spans: Span[] = [];
  const taken = found.length > 0 ? new Uint8Array(tokens.length) : undefined;
  // Group boundaries as a stack: starts[g] is the index of group g's first found term; a found term
  // reaching back into earlier groups merges them with the newest. Reused buffers (see above).
  const starts = groupStarts;
  const firsts = groupFirsts;
  const lasts = groupLasts;
  if (starts.length !== 0) starts.length = firsts.length = lasts.length = 0;
  for (let i = 0; i < found.length; i++) {
    const c = found[i]!;
    let g = starts.length - 1;
    if (g < 0 || c.first > lasts[g]!) {
      starts.push(i);
      firsts.push(c.first);
      lasts.push(c.last);
      continue;
    }
    lasts[g] = Math.max(lasts[g]!, c.last);
    firsts[g] = Math.min(firsts[g]!, c.first);
    while (g > 0 && lasts[g - 1]! >= firsts[g]!) {
      firsts[g - 1] = Math.min(firsts[g - 1]!, firsts[g]!);
      lasts[g - 1] = Math.max(lasts[g - 1]!, lasts[g]!);
      starts.pop();
      firsts.pop();
      lasts.pop();
      g--;
    }
  }
  for (let g = 0; g < starts.length && spans.length <= maxSpans; g++) {
    const from = starts[g]!;
    const to = g + 1 < starts.length ? starts[g + 1]! : found.length;
    if (to - from === 1) {
      spans.push(makeSpan(text, tokens, found[from]!, memo));
      continue;
    }
    // Groups are small (two or three found terms mostly): an insertion sort into reused buffers,
    // stable as Array.prototype.sort, saves the copies and work arrays that two sorts per group
    // allocated (a large share of annotate's garbage).
    const group = sortedGroup(found, from, to);
    const kept = keptBuffer;
    kept.length = 0;
    for (let i = 0; i < group.length; i++) {
      const c = group[i]!;
      let free = true;
      for (let k = c.first; k <= c.last && free; k++) if (taken![k]) free = false;
      if (!free) continue;
      for (let k = c.first; k <= c.last; k++) taken![k] = 1;
      const span = makeSpan(text, tokens, c, memo);
      if (inner && c.last > c.first) {
        const within = innerSpans(text, tokens, group, c, memo);
        if (within.length > 0) span.inner = within;
      }
      // Kept spans do not overlap: in order of start, each goes after those that start before it.
      let k = kept.length;
      kept.push(span);
      while (k > 0 && kept[k - 1]!.start > span.start) {
        kept[k] = kept[k - 1]!;
        k--;
      }
      kept[k] = span;
    }
    for (let k = 0; k < kept.length; k++) spans.push(kept[k]!);
  }
  return spans;
}

/**
 * The found terms inside `outer` (not its whole range), chosen as select chooses: longest first,
 * no overlaps; each with the found terms inside it in turn.
 */
function innerSpans(text: string, tokens: readonly Token[], sorted: readonly FoundTerm[], outer: FoundTerm, memo: AnalysisMemo): Span[] {
  const used = new Set<number>();
  const out: Span[] = [];
  for (const c of sorted) {
    if (c.first < outer.first || c.last > outer.last || (c.first === outer.first && c.last === outer.last)) continue;
    let free = true;
    for (let k = c.first; k <= c.last && free; k++) if (used.has(k)) free = false;
    if (!free) continue;
    for (let k = c.first; k <= c.last; k++) used.add(k);
    const span = makeSpan(text, tokens, c, memo);
    if (c.last > c.first) {
      const within = innerSpans(text, tokens, sorted, c, memo);
      if (within.length > 0) span.inner = within;
    }
    out.push(span);
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The analyses already made with an index, by the reading (a lexicon match or a form variant) and
 * the word as written: texts repeat their terms, and an analysis (its stem, suffixes and their
 * forms: half a dozen objects and strings) is the same for every occurrence of the same word read
 * the same way, so the spans of those occurrences share one, within a call and from call to call.
 * An analysis is frozen when made, so a span's reader cannot change another's; its strings are
 * detached from the text, and at most KEPT_LIMITS.analyses are kept (emptied when full).
 */
interface MadeAnalysis {
  /** The word as written (text.slice(token.start, token.end)). */
  written: string;
  analysis: Analysis | undefined;
  /** Another spelling of a word with the same reading (Сот and сот). */
  next: MadeAnalysis | undefined;
}
interface AnalysisMemo {
  byReading: Map<KkMatch | WordVariant, MadeAnalysis>;
  size: number;
}

function makeSpan(text: string, tokens: readonly Token[], c: FoundTerm, memo: AnalysisMemo): Span {
  const start = tokens[c.first]!.start;
  const end = tokens[c.last]!.end;
  const analysis = c.match ? memoAnalysis(text, tokens[c.last]!, c.match, true, memo) : c.variant ? memoAnalysis(text, tokens[c.at]!, c.variant, false, memo) : undefined;
  // Made with all its fields at once: a field added later would need a second allocation.
  return analysis ? { start, end, termId: c.term.termId, text: text.slice(start, end), analysis } : { start, end, termId: c.term.termId, text: text.slice(start, end) };
}

function memoAnalysis(text: string, token: Token, reading: KkMatch | WordVariant, kazakh: boolean, memo: AnalysisMemo): Analysis | undefined {
  const length = token.end - token.start;
  const first = memo.byReading.get(reading);
  for (let made = first; made !== undefined; made = made.next) {
    if (made.written.length === length && text.startsWith(made.written, token.start)) return made.analysis;
  }
  const analysis = kazakh ? analysisOfKkMatch(text, token, reading as KkMatch) : analysisOfVariant(text, token, reading as WordVariant);
  if (analysis) frozen(analysis);
  if (memo.size >= KEPT_LIMITS.analyses) {
    memo.byReading.clear();
    memo.size = 0;
  }
  memo.byReading.set(reading, { written: detached(text.slice(token.start, token.end)), analysis, next: memo.size === 0 ? undefined : first });
  memo.size++;
  return analysis;
}

/** An analysis made unchangeable, with strings of its own (see detached). */
function frozen(analysis: Analysis): void {
  analysis.stem = detached(analysis.stem);
  for (const suffix of analysis.suffixes) {
    suffix.form = detached(suffix.form);
    Object.freeze(suffix);
  }
  Object.freeze(analysis.suffixes);
  Object.freeze(analysis);
}

// `originalOffset(text, token, p)` is called directly below rather than through a local closure,
// so that no function is created per span kept (it showed in profiles of annotate).
function analysisOfVariant(text: string, token: Token, variant: WordVariant): Analysis | undefined {
  if (variant.stemLength >= token.norm.length || token.norm === variant.lemma) return undefined;
  const stemEnd = originalOffset(text, token, variant.stemLength);
  const suffixes: Suffix[] = [];
  if (variant.splits && variant.tags.length > 1) {
    const mid = originalOffset(text, token, variant.stemLength + variant.splits[0]!);
    suffixes.push({ form: text.slice(stemEnd, mid), tag: variant.tags[0]! }, { form: text.slice(mid, token.end), tag: variant.tags[1]! });
  } else {
    suffixes.push({ form: text.slice(stemEnd, token.end), tag: variant.tags[0]! });
  }
  return { lemma: variant.lemma, stem: text.slice(token.start, stemEnd), suffixes };
}

const NO_SUFFIXES: readonly Suffix[] = [];

function analysisOfKkMatch(text: string, token: Token, reading: KkMatch): Analysis {
  const inner = reading.record.inner ?? NO_SUFFIXES;
  const chainSuffixes = reading.chain.suffixes;
  let p = reading.stemEnd;
  for (let k = 0; k < inner.length; k++) p -= inner[k]!.form.length;
  const stem = text.slice(token.start, originalOffset(text, token, p));
  // Filled in place at its final length: an array grown by push from [] reserves room for 16.
  const count = inner.length + chainSuffixes.length;
  const suffixes: Suffix[] = count === 0 ? [] : new Array<Suffix>(count);
  let s = 0;
  for (let k = 0; k < inner.length; k++) {
    const suffix = inner[k]!;
    const from = originalOffset(text, token, p);
    p += suffix.form.length;
    suffixes[s++] = { form: text.slice(from, originalOffset(text, token, p)), tag: suffix.tag };
  }
  let hyphen: string | undefined;
  if (reading.hyphen) {
    hyphen = text.slice(originalOffset(text, token, p), originalOffset(text, token, p + 1));
    p++;
  }
  for (let k = 0; k < chainSuffixes.length; k++) {
    const suffix = chainSuffixes[k]!;
    const from = originalOffset(text, token, p);
    p += suffix.form.length;
    suffixes[s++] = { form: text.slice(from, originalOffset(text, token, p)), tag: suffix.tag };
  }
  const lemma = reading.record.lemma;
  return hyphen === undefined ? { lemma, stem, suffixes } : { lemma, stem, suffixes, hyphen };
}
