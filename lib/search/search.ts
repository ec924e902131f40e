// Ranked glossary search: exact (a term or variant equals the query) > prefix > inflected (the
// query is an inflected form of a term, found by the term engine) > near miss (one typo).
// Without a query it browses: every entry in Kazakh alphabetical order.
import { LANGS, type Domain, type GlossaryEntry } from "@/lib/glossary/schema";
import { withinOneEdit } from "./edit-distance";
import { queryKey, type Script } from "./keys";
import { latinInflectedIds } from "./latin-inflected";
import { MATCH_KINDS, type MatchKind, type SearchIndex, type SearchKeyRecord, type SearchResult } from "./types";

export interface SearchOptions {
  domain?: Domain;
}

/** Shorter queries would find nearly every key one typo away. */
const NEAR_MISS_MIN_LENGTH = 4;

interface Candidate {
  kind: MatchKind;
  matched: string;
  /** Lower is better, within the same kind. */
  score: number;
}

function bestKeyMatch(records: SearchKeyRecord[], key: string, script: Script): Candidate | undefined {
  let best: Candidate | undefined;
  const consider = (kind: MatchKind, score: number, record: SearchKeyRecord) => {
    const candidate = { kind, score: score + (record.variant ? 0.5 : 0), matched: record.form };
    if (!best || rank(candidate) < rank(best)) best = candidate;
  };
  for (const record of records) {
    if (record.script !== script) continue;
    if (record.key === key) consider("exact", 0, record);
    else if (record.key.startsWith(key)) consider("prefix", record.key.length / 1000, record);
    else if (record.key.includes(` ${key}`)) consider("prefix", 1 + record.key.length / 1000, record);
    else if (key.length >= NEAR_MISS_MIN_LENGTH && withinOneEdit(key, record.key)) consider("near", 0, record);
  }
  return best;
}

const rank = (c: Pick<Candidate, "kind" | "score">): number => MATCH_KINDS.indexOf(c.kind) * 100 + c.score;

/** Entries the engine finds in the query text, in any of the three languages, scored by how much of the query they cover. */
function inflectedMatches(index: SearchIndex, query: string, key: string, script: Script): Map<string, Candidate> {
  const found = new Map<string, Candidate>();
  const langs = script === "latin" ? (["en"] as const) : LANGS;
  for (const lang of langs) {
    for (const span of index.findSpans(query, lang)) {
      const score = 1 - span.text.length / Math.max(query.trim().length, 1);
      const previous = found.get(span.termId);
      if (!previous || score < previous.score) found.set(span.termId, { kind: "inflected", score, matched: span.text });
    }
  }
  if (script === "latin") {
    for (const id of latinInflectedIds(index, key)) {
      if (!found.has(id)) found.set(id, { kind: "inflected", score: 0, matched: query.trim() });
    }
  }
  return found;
}

export function searchGlossary(index: SearchIndex, query: string, options: SearchOptions = {}): SearchResult[] {
  const inDomain = (entry: GlossaryEntry) => !options.domain || entry.domains.includes(options.domain);
  const { key, script } = queryKey(query);
  if (key === "") return index.entries.filter(inDomain).map((entry) => ({ entry, kind: "browse", matched: entry.kk.term }));

  const inflected = inflectedMatches(index, query, key, script);
  const results: (Candidate & { entry: GlossaryEntry })[] = [];
  for (const entry of index.entries) {
    if (!inDomain(entry)) continue;
    const direct = bestKeyMatch(index.keys.get(entry.id) ?? [], key, script);
    const viaEngine = inflected.get(entry.id);
    const best = [direct, viaEngine].filter((c) => c !== undefined).sort((a, b) => rank(a) - rank(b))[0];
    if (best) results.push({ ...best, entry });
  }
  // index.entries is in Kazakh order and the sort is stable, so ties stay alphabetical.
  return results
    .sort((a, b) => rank(a) - rank(b))
    .map(({ entry, kind, matched }) => ({ entry, kind, matched }));
}
