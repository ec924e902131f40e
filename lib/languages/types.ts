// What the code needs to know of a content language, declared once per language: the term index
// and the finder dispatch through it, so a language without a descriptor cannot be indexed at all
// (rather than being given another language's rules).
import type { SuffixTag } from "@/lib/annotate/types";

/** One admitted form of a term's word, as the index registers it. */
export interface WordForm {
  /** The folded form, as the tokenizer gives text words. */
  form: string;
  /** Length of the part shared with the dictionary form; the rest is the ending. */
  stemLength: number;
  tags: SuffixTag[];
  /** Split of the ending between the tags (English plural + possessive); default one suffix. */
  splits?: number[];
}

/**
 * How a language's terms are found inflected in text.
 * - "kazakhLexicon": stem records and suffix chains (lib/morphology/kk); every text word is read
 *   through the lexicon, and the words before a term's last one may take the genitive or the
 *   object's forms.
 * - "wordForms": each word of a term has a closed list of forms (its own first); a word with one
 *   form is matched exactly.
 */
export type TermInflection =
  | { kind: "kazakhLexicon" }
  | {
      kind: "wordForms";
      /** Per word of the term (folded words; originals as written, for capitals), its forms. */
      termForms(words: readonly string[], originals: readonly string[]): WordForm[][];
    };

/** A script, as ISO 15924 names it. */
export type ScriptCode = "Cyrl" | "Latn";

/**
 * How a content language is written: the part of its descriptor that code bound for the browser
 * reads (lib/languages/writing.ts), without the inflection and its morphology.
 */
export interface Writing<Code extends string = string> {
  code: Code;
  /** The script the language's content is written in. */
  script: ScriptCode;
  /**
   * Another script the reader may choose to read it in, and how its text is written there
   * (Kazakh in the 2021 Latin alphabet); the marks keep the original's offsets.
   */
  transliteration?: { script: ScriptCode; tag: string; write(text: string): string };
}

export interface ContentLanguage<Code extends string = string> extends Writing<Code> {
  /** The locale whose collation sorts its terms. */
  collation: string;
  /**
   * Text is folded by the one tokenizer for every language (case, look-alike letters, hyphens);
   * this is the language's own folding of the forms its inflection generates, so that they meet
   * the tokenizer's (Russian ё is written е).
   */
  foldForm(form: string): string;
  inflection: TermInflection;
  /**
   * How people type the language's names without its letters, so that search files them that
   * way too (lib/search/build-index.ts): `keyboard`, a folded key as typed on another keyboard
   * (Kazakh on a Russian one: ғ as г); `romanise`, the ASCII key of its transliteration as
   * commonly romanised (zh for j). A language with a lexicon ("kazakhLexicon") and these also has
   * its inflected names typed these ways found. Without it, a name is filed in its own letters
   * (and its transliteration's, when it has one).
   */
  looseTyping?: { keyboard(key: string): string; romanise(asciiKey: string): string };
}
