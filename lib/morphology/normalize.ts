// Normalization for matching: case, NFC, the look-alike letters and glyph variants found in real
// Kazakh text, soft hyphens and dash variants. The original text is never changed; callers keep
// offsets into it (see tokenize.ts and `normalizeText` below), so every match maps back exactly.

/** Old or Latin glyphs used for Kazakh letters in any word: ə for ә, ɵ/ѳ for ө, ӊ for ң; ё is е for matching. */
const GLYPH_VARIANTS: Record<string, string> = {
  "ə": "ә",
  "Ə": "ә",
  "ɵ": "ө",
  "Ɵ": "ө",
  "ѳ": "ө",
  "Ѳ": "ө",
  "ӊ": "ң",
  "Ӊ": "ң",
  "ё": "е",
  "Ё": "е",
};

/**
 * Latin letters typed for the Cyrillic letter they look like. Applied only inside a word part
 * that also holds Cyrillic letters (AIFC stays Latin, мемлекеттiк becomes мемлекеттік). Capitals
 * are mapped by their own shape (Y is Ү, H is Н) before case folding, since y and h are у and һ.
 */
const LATIN_LOOKALIKES: Record<string, string> = {
  A: "а",
  B: "в",
  C: "с",
  E: "е",
  H: "н",
  I: "і",
  K: "к",
  M: "м",
  O: "о",
  P: "р",
  T: "т",
  X: "х",
  Y: "ү",
  a: "а",
  c: "с",
  e: "е",
  h: "һ",
  i: "і",
  k: "к",
  o: "о",
  p: "р",
  x: "х",
  y: "у",
};

export const SOFT_HYPHEN = "\u00ad";
/** Hyphen-minus and the hyphen and dash variants (U+2010–U+2013) that join word parts (іс‑шара, сот–құқықтық). */
export const isWordHyphenCode = (code: number): boolean => code === 0x2d || (code >= 0x2010 && code <= 0x2013);
export const isWordHyphen = (ch: string): boolean => ch.length === 1 && isWordHyphenCode(ch.charCodeAt(0));
export const isCombiningMark = (code: number): boolean =>
  (code >= 0x0300 && code <= 0x036f) || (code >= 0x1ab0 && code <= 0x1aff) || (code >= 0x20d0 && code <= 0x20ff);

/**
 * The Unicode stream-safe limit (UAX #15): at most 30 combining marks after one base character.
 * Requests with a longer run are refused (lib/annotate-request/stream-safe.ts); the engine itself
 * folds only the first 30 marks of a longer run, so that canonical reordering (quadratic in the
 * run's length) never sees more than 31 characters, whoever calls it.
 */
export const MAX_COMBINING_MARKS = 30;

/**
 * The end of the combining marks that follow a base character ending at `baseEnd`: the whole run
 * belongs to the character (`end`), but only up to `foldEnd` counts for matching.
 */
export function markRunEnd(text: string, baseEnd: number, limit = text.length): { end: number; foldEnd: number } {
  let end = baseEnd;
  while (end < limit && isCombiningMark(text.charCodeAt(end))) end++;
  return { end, foldEnd: Math.min(end, baseEnd + MAX_COMBINING_MARKS) };
}

// Folded characters, remembered by the character. Only short keys are kept (a letter, or a letter
// with a mark or two), so the cache's size is bounded in bytes, not only in count: at most
// FOLD_CACHE_ENTRIES keys of at most FOLD_CACHE_KEY_UNITS units and their folds (under 1 MB).
// V8 makes a substring of 13 or more units a view of its parent string, so a short key is always
// a copy and never pins a request's text in memory.
const FOLD_CACHE_ENTRIES = 10_000;
const FOLD_CACHE_KEY_UNITS = 8;
const foldCache = new Map<string, string>();

/** One character (or a base letter with its combining marks) folded for matching, outside look-alike context. */
export function foldChar(ch: string): string {
  const cached = foldCache.get(ch);
  if (cached !== undefined) return cached;
  let out: string;
  if (ch === SOFT_HYPHEN) out = "";
  else if (isWordHyphen(ch)) out = "-";
  else {
    const composed = ch.length > 1 ? ch.normalize("NFC") : ch;
    out = "";
    for (const c of composed) out += GLYPH_VARIANTS[c] ?? c.toLowerCase();
    out = out.normalize("NFC");
  }
  if (ch.length <= FOLD_CACHE_KEY_UNITS && foldCache.size < FOLD_CACHE_ENTRIES) foldCache.set(ch, out);
  return out;
}

/** The same character folded as it would be inside a Cyrillic word. */
export function foldCharInCyrillic(ch: string): string {
  return LATIN_LOOKALIKES[ch] ?? foldChar(ch);
}

export const isCyrillicCode = (code: number): boolean => code >= 0x0400 && code <= 0x052f;

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** One byte per code point (0 unknown, 1 no, 2 yes): 1.1 MB at most, whatever the input. */
const letterCache = new Uint8Array(0x110000);

/** Letters and digits make words; everything else separates them (hyphens are handled by the tokenizer). */
export function isWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  if (code >= 0x0410 && code <= 0x04ff) return code < 0x0482 || code > 0x0489;
  const known = letterCache[code];
  if (known) return known === 2;
  const result = LETTER_OR_DIGIT.test(String.fromCodePoint(code));
  letterCache[code] = result ? 2 : 1;
  return result;
}

/**
 * Folds one word (or a phrase: the words are normalized one by one, joined by single spaces),
 * the way glossary terms and search queries are compared with text.
 */
export function normalizeWord(word: string): string {
  return normalizeText(word)
    .text.split(/\s+/u)
    .filter((w) => w !== "")
    .join(" ");
}

export interface NormalizedText {
  /** The folded text. */
  text: string;
  /** For each UTF-16 unit of `text`, where the character it came from starts in the original. */
  starts: number[];
  /** For each UTF-16 unit of `text`, where the character it came from ends in the original. */
  ends: number[];
}

/**
 * Folds a whole text and keeps, for every unit of the result, the original offsets it came from:
 * a match at [s, e) of `text` is [starts[s], ends[e - 1]) of the original.
 */
export function normalizeText(original: string): NormalizedText {
  let text = "";
  const starts: number[] = [];
  const ends: number[] = [];
  // Look-alike mapping needs to know whether the current word part holds Cyrillic, so a part is
  // folded both ways and one is chosen when it ends.
  let partPlain = "";
  let partCyr = "";
  let partHasCyr = false;
  let partStarts: number[] = [];
  let partEnds: number[] = [];
  let partCyrStarts: number[] = [];
  let partCyrEnds: number[] = [];

  const flushPart = () => {
    if (partHasCyr) {
      text += partCyr;
      starts.push(...partCyrStarts);
      ends.push(...partCyrEnds);
    } else {
      text += partPlain;
      starts.push(...partStarts);
      ends.push(...partEnds);
    }
    partPlain = partCyr = "";
    partHasCyr = false;
    partStarts = [];
    partEnds = [];
    partCyrStarts = [];
    partCyrEnds = [];
  };

  let i = 0;
  while (i < original.length) {
    const code = original.codePointAt(i)!;
    const { end, foldEnd } = markRunEnd(original, i + (code > 0xffff ? 2 : 1));
    const ch = original.slice(i, foldEnd);
    const inWord = isWordCode(code) || code === 0xad;
    if (!inWord) flushPart();
    const plain = foldChar(ch);
    if (inWord) {
      const cyr = foldCharInCyrillic(ch);
      if (isCyrillicCode(code)) partHasCyr = true;
      partPlain += plain;
      partCyr += cyr;
      for (let k = 0; k < plain.length; k++) {
        partStarts.push(i);
        partEnds.push(end);
      }
      for (let k = 0; k < cyr.length; k++) {
        partCyrStarts.push(i);
        partCyrEnds.push(end);
      }
    } else {
      text += plain;
      for (let k = 0; k < plain.length; k++) {
        starts.push(i);
        ends.push(end);
      }
    }
    i = end;
  }
  flushPart();
  return { text, starts, ends };
}
