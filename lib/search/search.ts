// Ranked glossary search: exact (a term or variant equals the query) > prefix > inflected (the
// query is an inflected form of a term, found by the term engine) > near miss (one typo). A
// Kazakh form also matches as typed on a Russian keyboard («жогаргы сот») or romanised in ASCII
// («zhogargy sot»), just after the same kind of match spelt with the Kazakh letters.
// Without a query it browses: every entry in Kazakh alphabetical order.
import { LANGS, type Domain, type GlossaryEntry } from "@/lib/glossary/schema";
import { withinOneEdit } from "./edit-distance";
import { looseKey, queryKey, type Script } from "./keys";
import { keyboardInflectedIds, latinInflectedIds, romanInflectedIds } from "./latin-inflected";
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

/** A match of a Kazakh form through its looser key ranks just after a letter-true one. */
const LOOSE_PENALTY = 0.25;

function bestKeyMatch(records: SearchKeyRecord[], key: string, script: Script, loose: string): Candidate | undefined {
  let best: Candidate | undefined;
  const consider = (kind: MatchKind, score: number, record: SearchKeyRecord) => {
    const candidate = { kind, score: score + (record.variant ? 0.5 : 0), matched: record.form };
    if (!best || rank(candidate) < rank(best)) best = candidate;
  };
  const compare = (recordKey: string, queryKey: string, penalty: number, record: SearchKeyRecord) => {
    if (recordKey === queryKey) consider("exact", penalty, record);
    else if (recordKey.startsWith(queryKey)) consider("prefix", penalty + recordKey.length / 1000, record);
    else if (recordKey.includes(` ${queryKey}`)) consider("prefix", 1 + penalty + recordKey.length / 1000, record);
    else if (queryKey.length >= NEAR_MISS_MIN_LENGTH && withinOneEdit(queryKey, recordKey)) consider("near", penalty, record);
  };
  for (const record of records) {
    if (record.script !== script) continue;
    compare(record.key, key, 0, record);
    // Kazakh typed on a Russian keyboard (г for ғ, у for ү, и for і …) or romanised (zh, sh, q/k …).
    if (record.loose) compare(record.loose, loose, LOOSE_PENALTY, record);
  }
  return best;
}

const rank = (c: Pick<Candidate, "kind" | "score">): number => MATCH_KINDS.indexOf(c.kind) * 100 + c.score;

/** Entries the engine finds in the query text, in any of the three languages, scored by how much of the query they cover. */
function inflectedMatches(index: SearchIndex, query: string, key: string, script: Script, loose: string): Map<string, Candidate> {
  const found = new Map<string, Candidate>();
  const langs = script === "latin" ? (["en"] as const) : LANGS;
  for (const lang of langs) {
    for (const span of index.findSpans(query, lang)) {
      const score = 1 - span.text.length / Math.max(query.trim().length, 1);
      const previous = found.get(span.termId);
      if (!previous || score < previous.score) found.set(span.termId, { kind: "inflected", score, matched: span.text });
    }
  }
  const typed =
    script === "latin"
      ? [...latinInflectedIds(index, key), ...romanInflectedIds(index, loose)]
      : keyboardInflectedIds(index, loose);
  for (const id of typed) {
    if (!found.has(id)) found.set(id, { kind: "inflected", score: 0, matched: query.trim() });
  }
  return found;
}

export function searchGlossary(index: SearchIndex, query: string, options: SearchOptions = {}): SearchResult[] {
  const inDomain = (entry: GlossaryEntry) => !options.domain || entry.domains.includes(options.domain);
  const { key, script } = queryKey(query);
  if (key === "") return index.entries.filter(inDomain).map((entry) => ({ entry, kind: "browse", matched: entry.kk.term }));

  const loose = looseKey(key, script);
  const inflected = inflectedMatches(index, query, key, script, loose);
  const results: (Candidate & { entry: GlossaryEntry })[] = [];
  for (const entry of index.entries) {
    if (!inDomain(entry)) continue;
    const direct = bestKeyMatch(index.keys.get(entry.id) ?? [], key, script, loose);
    const viaEngine = inflected.get(entry.id);
    const best = [direct, viaEngine].filter((c) => c !== undefined).sort((a, b) => rank(a) - rank(b))[0];
    if (best) results.push({ ...best, entry });
  }
  // index.entries is in Kazakh order and the sort is stable, so ties stay alphabetical.
  return results
    .sort((a, b) => rank(a) - rank(b))
    .map(({ entry, kind, matched }) => ({ entry, kind, matched }));
}
