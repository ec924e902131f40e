// Splits text into words for term matching. Hyphenated words (іс-шара, сот-құқықтық, БҰҰ-ның)
// are one word, which Intl.Segmenter does not give, so this is a small scanner over letters and
// digits. Each word carries its original offsets and its folded form (see normalize.ts).
import { foldChar, foldCharInCyrillic, isCombiningMark, isCyrillicCode, isWordCode, isWordHyphenCode, markRunEnd } from "@/lib/morphology/normalize";

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

/** ' and ’ join word parts (court's) and end an English plural possessive (courts'). */
const isApostropheCode = (code: number) => code === 0x27 || code === 0x2019;

// What the scanner needs to know about each UTF-16 code unit of the Basic Multilingual Plane
// (surrogates excluded), worked out once on first sight and then read from typed arrays indexed
// by the unit. The scanner is the hot loop of annotate: a function call, Map lookup or one-letter
// substring per character used to be most of its cost. Astral characters, lone surrogates and
// letters with combining marks take the general path through normalize.ts.
/** Set for every unit looked at, so 0 means "not computed yet". */
const KNOWN = 1;
const WORD = 2;
const CYRILLIC = 4;
const COMBINING = 8;
/** Both foldings (plain and inside a Cyrillic word) are one unit long. */
const ONE_UNIT = 16;
/** Both foldings are the unit itself (already lower case, no variant glyph). */
const IDENTITY = 32;
const UNIT_INFO = new Uint8Array(0x10000);
// Filled (not holey) arrays, so reads stay fast element loads.
const PLAIN_FOLD: string[] = new Array<string>(0x10000).fill("");
const CYRILLIC_FOLD: string[] = new Array<string>(0x10000).fill("");

function computeUnitInfo(code: number): number {
  const ch = String.fromCharCode(code);
  const plain = foldChar(ch);
  const cyr = foldCharInCyrillic(ch);
  PLAIN_FOLD[code] = plain;
  CYRILLIC_FOLD[code] = cyr;
  let info = KNOWN;
  if (isWordCode(code)) info |= WORD;
  if (isCyrillicCode(code)) info |= CYRILLIC;
  if (isCombiningMark(code)) info |= COMBINING;
  if (plain.length === 1 && cyr.length === 1) info |= ONE_UNIT;
  if (plain === ch && cyr === ch) info |= IDENTITY;
  UNIT_INFO[code] = info;
  return info;
}

/** Flags of a non-surrogate code unit. */
function unitInfo(code: number): number {
  const info = UNIT_INFO[code]!;
  return info === 0 ? computeUnitInfo(code) : info;
}

const isSurrogate = (code: number) => (code & 0xf800) === 0xd800;

/** Whether the character starting at i (< text.length) is a letter or digit. */
function isWordAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (!isSurrogate(code)) return (unitInfo(code) & WORD) !== 0;
  return isWordCode(text.codePointAt(i)!);
}

const isLatinS = (code: number) => code === 0x73 || code === 0x53;

// Combining marks are filled in up front, so that a letter can test the unit after it with one
// table load (a mark joins the letter before it into one character).
for (let code = 0x0300; code <= 0x20ff; code++) if (isCombiningMark(code)) computeUnitInfo(code);

/** Whether a combining mark stands at j. */
const isMarkAt = (text: string, j: number): boolean => j < text.length && (UNIT_INFO[text.charCodeAt(j)]! & COMBINING) !== 0;

/** The words of `text`, in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const unit = text.charCodeAt(i);
    if (!isSurrogate(unit)) {
      if ((unitInfo(unit) & WORD) === 0) {
        i++;
        continue;
      }
    } else {
      const code = text.codePointAt(i)!;
      if (!isWordCode(code)) {
        i += code > 0xffff ? 2 : 1;
        continue;
      }
    }
    const start = i;
    let norm = "";
    let simple = true;
    // One hyphen-separated part at a time: look-alike Latin letters become Cyrillic only in a
    // part that has Cyrillic letters of its own.
    for (;;) {
      // Both foldings of the part are built and one is chosen at its end. They are equal up to
      // the first letter whose two foldings differ, so `cyr` is kept apart only from then on
      // (`split`); and a run of letters that fold to themselves (text[run..i)) is added with one
      // slice instead of letter by letter.
      let plain = "";
      let cyr = "";
      let split = false;
      let run = i;
      let hasCyr = false;
      let partSimple = true;
      let lastCode = 0;
      while (i < n) {
        const c = text.charCodeAt(i);
        const info = isSurrogate(c) ? 0 : unitInfo(c);
        if ((info & (IDENTITY | WORD)) === (IDENTITY | WORD) && !isMarkAt(text, i + 1)) {
          if (info & CYRILLIC) hasCyr = true;
          lastCode = c;
          i++;
          continue;
        }
        if (run < i) {
          const same = text.slice(run, i);
          plain += same;
          if (split) cyr += same;
          run = i;
        }
        if (c === 0xad) {
          // A soft hyphen inside a word is invisible; at a word's end it is not part of it.
          if (!(i + 1 < n && isWordAt(text, i + 1))) break;
          simple = false;
          run = ++i;
          continue;
        }
        // A surrogate (info 0): the character is read as a code point, as normalize.ts does.
        const code = info === 0 ? text.codePointAt(i)! : c;
        if (info === 0 ? !isWordCode(code) : (info & WORD) === 0) break;
        let end = i + (code > 0xffff ? 2 : 1);
        let p: string;
        let q: string;
        if (isMarkAt(text, end)) {
          // A run of marks longer than the stream-safe limit counts with its first 30 only.
          const marks = markRunEnd(text, end);
          const cluster = text.slice(i, marks.foldEnd);
          end = marks.end;
          p = foldChar(cluster);
          q = foldCharInCyrillic(cluster);
          if (p.length !== end - i) partSimple = false;
        } else if (info === 0) {
          const ch = String.fromCodePoint(code);
          p = foldChar(ch);
          q = foldCharInCyrillic(ch);
          if (p.length !== end - i || q.length !== end - i) partSimple = false;
        } else {
          p = PLAIN_FOLD[c]!;
          q = CYRILLIC_FOLD[c]!;
          if ((info & ONE_UNIT) === 0) partSimple = false;
        }
        if (!split && p !== q) {
          split = true;
          cyr = plain;
        }
        plain += p;
        if (split) cyr += q;
        if (isCyrillicCode(code)) hasCyr = true;
        lastCode = code;
        i = run = end;
      }
      if (run < i) {
        const same = text.slice(run, i);
        plain += same;
        if (split) cyr += same;
      }
      norm += hasCyr && split ? cyr : plain;
      if (!partSimple) simple = false;
      if (i >= n) break;
      const code = text.charCodeAt(i);
      const nextIsWord = i + 1 < n && isWordAt(text, i + 1);
      if (isWordHyphenCode(code) && nextIsWord) {
        norm += "-";
        i++;
        continue;
      }
      if (isApostropheCode(code)) {
        if (nextIsWord) {
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
    const { end, foldEnd } = markRunEnd(text, i + (c > 0xffff ? 2 : 1), token.end);
    const ch = text.slice(i, foldEnd);
    const len = c === 0xad ? 0 : end - i === 1 && (isWordHyphenCode(c) || isApostropheCode(c)) ? 1 : foldChar(ch).length;
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
