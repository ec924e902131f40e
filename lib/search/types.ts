// The shapes search works with: the prepared index and the ranked results.
import type { Span } from "@/lib/annotate/types";
import type { GlossaryEntry, Lang } from "@/lib/glossary/schema";
import type { Script } from "./keys";

/** Finds glossary terms in a text of one language: the term engine, passed in so the server can share its cached indexes. */
export type SpanFinder = (text: string, lang: Lang) => Span[];

/** How a result matched; the order of this list is the ranking order. */
export const MATCH_KINDS = ["exact", "prefix", "inflected", "near"] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

export interface SearchKeyRecord {
  key: string;
  script: Script;
  /** The glossary form as written, for showing what matched. */
  form: string;
  lang: Lang;
  variant: boolean;
  /**
   * For a Kazakh form, when it differs from key: its looser key (looseKey in keys.ts) — as typed
   * on a Russian keyboard (Cyrillic) or romanised in ASCII (Latin).
   */
  loose?: string;
}

/** A Kazakh term or variant prepared for matching inflected queries typed in Latin or on a Russian keyboard. */
export interface LatinStem {
  entryId: string;
  /** Folded Cyrillic words of the form. */
  words: string[];
  /** The same words as plain-ASCII Latin. */
  ascii: string[];
  /** The same words as typed on a Russian keyboard (russianKeyboardKey). */
  keyboard: string[];
  /** The plain-ASCII words romanised (romanKey). */
  roman: string[];
}

export interface SearchIndex {
  entries: GlossaryEntry[];
  byId: Map<string, GlossaryEntry>;
  keys: Map<string, SearchKeyRecord[]>;
  latinStems: LatinStem[];
  findSpans: SpanFinder;
  collator: Intl.Collator;
}

export interface SearchResult {
  entry: GlossaryEntry;
  /** "browse" when there was no query: every entry, in Kazakh alphabetical order. */
  kind: MatchKind | "browse";
  /** The glossary form (or, for an inflected query, the query's words) that matched. */
  matched: string;
}
