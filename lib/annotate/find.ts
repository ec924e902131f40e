// Finds the glossary terms in a text with a built TermIndex: every word is tried as the last word
// of a term (through its inflections), the trie is walked back over the words before it, and of
// overlapping candidates the longest term wins. Spans use the original text's offsets.
import type { Analysis, Span, Suffix } from "@/lib/annotate/types";
import type { TermIndex, TermRef, TrieNode, WordVariant } from "@/lib/annotate/term-index";
import type { Chain } from "@/lib/morphology/kk/chains";
import type { StemRecord } from "@/lib/morphology/kk/stems";
import { isSpaceGap, originalOffset, tokenize, type Token } from "@/lib/morphology/tokenize";

/** How the last word of a candidate was read, turned into an Analysis only for the spans kept. */
type LastReading =
  | { kind: "kk"; record: StemRecord; chain: Chain; stemEnd: number; hyphen: boolean }
  | { kind: "form"; variant: WordVariant }
  | { kind: "exact" };

interface Candidate {
  first: number;
  last: number;
  term: TermRef;
  reading: LastReading;
}

interface LastSpec {
  spec: string;
  reading: LastReading;
  /** Not enough on its own (заңды may be "lawful"): only a longer term may use it. */
  ambiguous: boolean;
}

export function annotate(text: string, index: TermIndex): Span[] {
  const tokens = tokenize(text);
  const candidates: Candidate[] = [];
  for (let j = 0; j < tokens.length; j++) {
    for (const last of lastSpecs(tokens[j]!, index)) {
      const node = index.roots.get(last.spec);
      if (node) walk(text, tokens, index, node, j, j, last, candidates);
    }
  }
  return select(text, tokens, candidates);
}

const NONE: LastSpec[] = [];

function lastSpecs(token: Token, index: TermIndex): LastSpec[] {
  if (index.kk) {
    const matches = index.kk.analyze(token.norm);
    if (matches.length === 0) return NONE;
    if (matches.length === 1) {
      const m = matches[0]!;
      const reading: LastReading = { kind: "kk", record: m.record, chain: m.chain, stemEnd: m.stemEnd, hyphen: m.hyphen };
      return [{ spec: m.payload.spec, ambiguous: m.chain.ambiguousAccusative, reading }];
    }
    // One reading per spec: a sure one before an ambiguous one, then the better-reading route.
    // A short list scanned in place (matches are few), in the order each spec was first seen.
    const best: { match: (typeof matches)[number]; rank: number }[] = [];
    for (const m of matches) {
      const preferredRoute = m.payload.preferPossessive ? "possessive" : "plain";
      const rank = (m.chain.ambiguousAccusative ? 100 : 0) + (m.record.route === preferredRoute ? 0 : 10) + m.chain.suffixes.length;
      let k = 0;
      while (k < best.length && best[k]!.match.payload.spec !== m.payload.spec) k++;
      if (k < best.length && best[k]!.rank <= rank) continue;
      best[k] = { match: m, rank };
    }
    return best.map(({ match: m }) => ({
      spec: m.payload.spec,
      ambiguous: m.chain.ambiguousAccusative,
      reading: { kind: "kk", record: m.record, chain: m.chain, stemEnd: m.stemEnd, hyphen: m.hyphen },
    }));
  }
  const out: LastSpec[] = [{ spec: `=${token.norm}`, ambiguous: false, reading: { kind: "exact" } }];
  for (const variant of index.variants.get(token.norm) ?? []) {
    out.push({ spec: variant.spec, ambiguous: false, reading: { kind: "form", variant } });
  }
  return out;
}

function walk(
  text: string,
  tokens: readonly Token[],
  index: TermIndex,
  node: TrieNode,
  first: number,
  last: number,
  lastSpec: LastSpec,
  out: Candidate[],
): void {
  const term = node.terms?.[0];
  if (term && !(first === last && lastSpec.ambiguous)) out.push({ first, last, term, reading: lastSpec.reading });
  if (!node.children || first === 0) return;
  const prev = tokens[first - 1]!;
  if (!isSpaceGap(text, prev.end, tokens[first]!.start)) return;
  const exact = node.children.get(`=${prev.norm}`);
  if (exact) walk(text, tokens, index, exact, first - 1, last, lastSpec, out);
  const variants = index.variants.get(prev.norm);
  if (!variants) return;
  for (const variant of variants) {
    const child = node.children.get(variant.spec);
    if (child && child !== exact) walk(text, tokens, index, child, first - 1, last, lastSpec, out);
  }
}

function select(text: string, tokens: readonly Token[], candidates: Candidate[]): Span[] {
  if (candidates.length === 0) return [];
  // Longest term first (in words, then in letters), then leftmost.
  candidates.sort(
    (a, b) => b.last - b.first - (a.last - a.first) || candidateLength(tokens, b) - candidateLength(tokens, a) || a.first - b.first,
  );
  const taken = new Uint8Array(tokens.length);
  const spans: Span[] = [];
  for (const c of candidates) {
    let free = true;
    for (let k = c.first; k <= c.last && free; k++) if (taken[k]) free = false;
    if (!free) continue;
    for (let k = c.first; k <= c.last; k++) taken[k] = 1;
    const start = tokens[c.first]!.start;
    const end = tokens[c.last]!.end;
    const span: Span = { start, end, termId: c.term.termId, text: text.slice(start, end) };
    const analysis = analyse(text, tokens[c.last]!, c.reading);
    if (analysis) span.analysis = analysis;
    spans.push(span);
  }
  return spans.sort((a, b) => a.start - b.start);
}

const candidateLength = (tokens: readonly Token[], c: Candidate) => tokens[c.last]!.end - tokens[c.first]!.start;

// `originalOffset(text, token, p)` is called directly below rather than through a local closure,
// so that no function is created per span kept (it showed in profiles of annotate).
function analyse(text: string, token: Token, reading: LastReading): Analysis | undefined {
  if (reading.kind === "exact") return undefined;
  if (reading.kind === "form") {
    const { variant } = reading;
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
  const inner = reading.record.inner ?? [];
  let p = reading.stemEnd - inner.reduce((sum, s) => sum + s.form.length, 0);
  const analysis: Analysis = { lemma: reading.record.lemma, stem: text.slice(token.start, originalOffset(text, token, p)), suffixes: [] };
  for (const suffix of inner) {
    const from = originalOffset(text, token, p);
    p += suffix.form.length;
    analysis.suffixes.push({ form: text.slice(from, originalOffset(text, token, p)), tag: suffix.tag });
  }
  const stemEnd = originalOffset(text, token, p);
  if (reading.hyphen) {
    analysis.hyphen = text.slice(stemEnd, originalOffset(text, token, p + 1));
    p++;
  }
  for (const suffix of reading.chain.suffixes) {
    const from = originalOffset(text, token, p);
    p += suffix.form.length;
    analysis.suffixes.push({ form: text.slice(from, originalOffset(text, token, p)), tag: suffix.tag });
  }
  return analysis;
}
