// The term engine's output: spans of text that name a glossary entry, with the grammar of the
// form found. The command line, the API and the pages all speak this shape.

/** Grammatical meaning of one inflectional suffix. Labels for people live in messages/*.json. */
export const SUFFIX_TAGS = [
  "plural",
  "poss1sg",
  "poss2sg",
  "poss2sgPolite",
  "poss3",
  "poss1pl",
  "poss2pl",
  "poss2plPolite",
  "genitive",
  "accusative",
  "dative",
  "locative",
  "ablative",
  "instrumental",
  "attributive",
  "possessivePronoun",
  "equative",
  "similative",
  // Russian and English
  "case",
  "possessive",
] as const;
export type SuffixTag = (typeof SUFFIX_TAGS)[number];

export interface Suffix {
  /** The suffix as written in the text (original letters), e.g. "ның". */
  form: string;
  tag: SuffixTag;
}

export interface Analysis {
  /**
   * The dictionary form of the inflected word, e.g. "сот": the span's last word, or in a Russian
   * term whose last words stand as written, the last one before them that is inflected (the head
   * of «торговлей людьми»).
   */
  lemma: string;
  /** The stem as written in the text, e.g. "Сот" (may differ from lemma: жемқорлығ-ы). */
  stem: string;
  /** Suffixes in order, as written in the text. Empty when the word stands in its dictionary form. */
  suffixes: Suffix[];
  /** A hyphen between stem and suffixes (БҰҰ-ның), as written. */
  hyphen?: string;
}

export interface Span {
  /** Offsets in UTF-16 code units of the original text. */
  start: number;
  end: number;
  termId: string;
  /** Equal to text.slice(start, end). */
  text: string;
  /** Grammar of the span's inflected word, when the engine knows it. */
  analysis?: Analysis;
  /**
   * Asked for with `inner`: the terms inside a longer one that it won over (БҰҰ-ның and адам
   * құқықтары inside «БҰҰ-ның адам құқықтары жөніндегі Жоғарғы комиссарының басқармасы»),
   * themselves non-overlapping, longest first, each with its own inner terms; never the span's
   * own words all together.
   */
  inner?: Span[];
}
