// The shapes search works with: the prepared index and the ranked results with why each matched.
import type { Analysis, Span } from "@/lib/annotate/types";
import type { GlossaryEntry, Lang } from "@/lib/glossary/schema";

/** Finds glossary terms in a text of one language: the term engine, passed in so the server can share its cached indexes. */
export type SpanFinder = (text: string, lang: Lang) => Span[];

/**
 * How a result matched; the order of this list is the ranking order. exact: a term or variant
 * is the query. inflected: the query is an inflected form of a whole term. prefix: a term
 * begins with the query. word: one of a term's words is, begins with or is inflected as the
 * query, or the query holds a whole term among other words. near: a misspelling of a term.
 */
export const MATCH_KINDS = ["exact", "inflected", "prefix", "word", "near"] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

/**
 * The ways a query's letters are compared with the names. "cyrillic" and "latin" hold every
 * name in its own letters (Kazakh also in the 2021 Latin alphabet, reduced to ASCII); the loose
 * spaces hold the Kazakh names as typed on a Russian keyboard and as romanised in ASCII.
 */
export const KEY_SPACES = ["cyrillic", "cyrillic-loose", "latin", "latin-loose"] as const;
export type KeySpace = (typeof KEY_SPACES)[number];

/** One glossary name (term or variant) as one key space writes it. */
export interface NameRecord {
  /** Position of the entry in SearchIndex.entries. */
  entry: number;
  /** The name as the glossary writes it. */
  form: string;
  lang: Lang;
  variant: boolean;
  key: string;
  words: string[];
}

/** Where a word stands: in which name record, at which word. */
export interface Posting {
  record: number;
  position: number;
}

export interface SpaceIndex {
  records: NameRecord[];
  /** A whole key → the records that have it. */
  exact: Map<string, number[]>;
  /** A word → where it stands. */
  postings: Map<string, Posting[]>;
  /** The distinct words, sorted by code unit, for prefix ranges and misspellings (near-words.ts). */
  sortedWords: string[];
  /** The most words any one name has: a longer query cannot be a misspelt name. */
  longest: number;
}

/** A Kazakh name prepared for inflected queries typed in Latin or on a Russian keyboard (see typed-inflected.ts). */
export interface TypedStem {
  entry: number;
  /** Folded Cyrillic words of the name. */
  words: string[];
}

/** A filed stem: the name, and its last word in Cyrillic as the stem the suffix follows (voiced where filed so). */
export interface FiledStem {
  stem: TypedStem;
  cyrillicLast: string;
}

export interface SearchIndex {
  entries: GlossaryEntry[];
  /** Position of each entry id in entries. */
  position: Map<string, number>;
  spaces: Record<KeySpace, SpaceIndex>;
  /**
   * Kazakh names by their folded words but the last and the beginning of the last, one map per
   * typed folding (Latin ASCII, romanised, Russian keyboard): see typed-inflected.ts.
   */
  typedStems: Record<TypedFolding, Map<string, FiledStem[]>>;
  findSpans: SpanFinder;
  collator: Intl.Collator;
}

export type TypedFolding = "latin" | "roman" | "keyboard";

/** Why a result matched, for the result to say so in the interface language. */
export interface MatchWhy {
  /** The glossary name that matched (term or variant), as the glossary writes it. */
  form: string;
  lang: Lang;
  /** The query's words that matched it, when they differ from the name. */
  query?: string;
  /** The grammar of the query's inflected word: сотының → сот + ы + ның. */
  analysis?: Analysis;
  /** The query's letters were read as Kazakh typed on a Russian keyboard, or romanised. */
  typed?: "keyboard" | "roman";
  /** Misspellings corrected (half for a letter that sounds alike). */
  edits?: number;
}

export interface SearchResult {
  entry: GlossaryEntry;
  /** "browse" when there was no query: every entry, in Kazakh alphabetical order. */
  kind: MatchKind | "browse";
  /** The glossary name (or, for an inflected query, the query's words) that matched. */
  matched: string;
  why?: MatchWhy;
}
