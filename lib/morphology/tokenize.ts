// Splits text into words for term matching. Hyphenated words (іс-шара, сот-құқықтық, БҰҰ-ның)
// are one word, which Intl.Segmenter does not give, so this is a small scanner over letters and
// digits. Each word carries its original offsets and its folded form (see normalize.ts).
import { foldChar, foldCharInCyrillic, isCombiningMark, isCyrillicCode, isWordCode, isWordHyphen } from "@/lib/morphology/normalize";

export interface Token {
  /** Offsets in UTF-16 units of the original text; the word is text.slice(start, end). */
  start: number;
  end: number;
  /** The folded form used for matching. */
  norm: string;
  /**
   * True when every unit of `norm` stands for exactly one unit of the original (no soft hyphen,
   * no letter that folds to a different length), so norm offset p is original offset start + p.
   */
  simple: boolean;
}

const APOSTROPHES = new Set(["'", "\u2019"]);

// Per-code-unit caches of the two foldings for the Basic Multilingual Plane: the hot path.
const plainCache: (string | undefined)[] = [];
const cyrCache: (string | undefined)[] = [];

function foldUnit(code: number, ch: string, cyr: boolean): string {
  const cache = cyr ? cyrCache : plainCache;
  let out = cache[code];
  if (out === undefined) {
    out = cyr ? foldCharInCyrillic(ch) : foldChar(ch);
    cache[code] = out;
  }
  return out;
}

const isLatinS = (code: number) => code === 0x73 || code === 0x53;

/** The words of `text`, in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.codePointAt(i)!;
    if (!isWordCode(code)) {
      i += code > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    let norm = "";
    let simple = true;
    // One hyphen-separated part at a time: look-alike Latin letters become Cyrillic only in a
    // part that has Cyrillic letters of its own.
    for (;;) {
      let plain = "";
      let cyr = "";
      let hasCyr = false;
      let partSimple = true;
      let lastCode = 0;
      while (i < n) {
        const c = text.codePointAt(i)!;
        if (c === 0xad) {
          // A soft hyphen inside a word is invisible; at a word's end it is not part of it.
          const next = i + 1 < n ? text.codePointAt(i + 1)! : 0;
          if (!isWordCode(next)) break;
          simple = false;
          i++;
          continue;
        }
        if (!isWordCode(c)) break;
        let end = i + (c > 0xffff ? 2 : 1);
        if (end < n && isCombiningMark(text.charCodeAt(end))) {
          while (end < n && isCombiningMark(text.charCodeAt(end))) end++;
          const cluster = text.slice(i, end);
          const p = foldChar(cluster);
          plain += p;
          cyr += foldCharInCyrillic(cluster);
          if (p.length !== end - i) partSimple = false;
        } else {
          const ch = c > 0xffff ? String.fromCodePoint(c) : text[i]!;
          const p = c > 0xffff ? foldChar(ch) : foldUnit(c, ch, false);
          const q = c > 0xffff ? foldCharInCyrillic(ch) : foldUnit(c, ch, true);
          plain += p;
          cyr += q;
          if (p.length !== end - i || q.length !== end - i) partSimple = false;
        }
        if (isCyrillicCode(c)) hasCyr = true;
        lastCode = c;
        i = end;
      }
      norm += hasCyr ? cyr : plain;
      if (!partSimple) simple = false;
      if (i >= n) break;
      const ch = text[i]!;
      const nextCode = i + 1 < n ? text.codePointAt(i + 1)! : 0;
      if (isWordHyphen(ch) && isWordCode(nextCode)) {
        norm += "-";
        i++;
        continue;
      }
      if (APOSTROPHES.has(ch)) {
        if (isWordCode(nextCode)) {
          norm += "'";
          i++;
          continue;
        }
        // English plural possessive: courts'
        if (isLatinS(lastCode)) {
          norm += "'";
          i++;
        }
      }
      break;
    }
    tokens.push({ start, end: i, norm, simple });
  }
  return tokens;
}

/** Original offset of position `p` of a token's folded form (p may equal norm.length). */
export function originalOffset(text: string, token: Token, p: number): number {
  if (token.simple) return token.start + p;
  if (p >= token.norm.length) return token.end;
  // Rare: re-fold the word character by character to find where folded position p starts.
  let folded = 0;
  let i = token.start;
  while (i < token.end) {
    const c = text.codePointAt(i)!;
    let end = i + (c > 0xffff ? 2 : 1);
    while (end < token.end && isCombiningMark(text.charCodeAt(end))) end++;
    const ch = text.slice(i, end);
    const len = c === 0xad ? 0 : isWordHyphen(ch) || APOSTROPHES.has(ch) ? 1 : foldChar(ch).length;
    if (folded + len > p) return i;
    folded += len;
    i = end;
  }
  return token.end;
}

/** Quotation marks around a name inside a term («Астана» халықаралық қаржы орталығы) do not split it. */
const QUOTES = new Set([0x22, 0xab, 0xbb, 0x201c, 0x201d, 0x201e, 0x2039, 0x203a]);

/** True when only spacing (spaces, non-breaking spaces, a single line break) and quotation marks separate two words. */
export function isSpaceGap(text: string, from: number, to: number): boolean {
  if (to <= from) return to === from;
  let newlines = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      if (++newlines > 1) return false;
      continue;
    }
    if (c === 0x20 || c === 0x09 || c === 0x0d || c === 0xa0 || c === 0xad || c === 0x200b || c === 0x202f) continue;
    if ((c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x205f || c === 0xfeff || QUOTES.has(c)) continue;
    return false;
  }
  return true;
}
