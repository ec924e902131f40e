// Finds which known stems a folded Kazakh word inflects, and with which chain of suffixes:
// the word is cut only where a closed chain (chains.ts) ends it, and the part before must be a
// stem record admitting exactly that chain. Cost per word is bounded by the chain lengths, not by
// the number of stems.
import { chainStarts, type Chain } from "@/lib/morphology/kk/chains";
import type { StemRecord } from "@/lib/morphology/kk/stems";

export interface LexiconMatch<T> {
  record: StemRecord;
  /** What the caller attached to the record (the index keeps the term key there). */
  payload: T;
  chain: Chain;
  /** Where the stem ends in the folded word (the hyphen, if any, follows it). */
  stemEnd: number;
  /** A hyphen stands between stem and suffixes (БҰҰ-ның). */
  hyphen: boolean;
}

/**
 * A hash of a string's first units, extended one unit at a time. Collisions only let a word
 * through the filter below, never keep one out.
 */
const extendHash = (hash: number, code: number): number => Math.imul(hash ^ code, 0x01000193) >>> 0;
const EMPTY_HASH = 0x811c9dc5;
/** Bits per filter (256 KB each): sparse enough that a 20,000-entry glossary rarely lets a word through by chance. */
const FILTER_BITS = 1 << 21;
/** Longest word whose possible stem ends fit in one 32-bit mask; longer ones skip the filter. */
const MASK_LENGTH = 30;
const setBit = (bits: Uint8Array, hash: number) => {
  const bit = hash & (FILTER_BITS - 1);
  bits[bit >>> 3] = bits[bit >>> 3]! | (1 << (bit & 7));
};
const hasBit = (bits: Uint8Array, hash: number) => {
  const bit = hash & (FILTER_BITS - 1);
  return (bits[bit >>> 3]! & (1 << (bit & 7))) !== 0;
};

export class KkLexicon<T> {
  private readonly stems = new Map<string, { record: StemRecord; payload: T }[]>();
  // Most words of a text begin with no stem at all. To say so without cutting the word at each
  // possible suffix boundary (a substring and a Map lookup each), the lexicon keeps bit tables
  // (typed arrays: one load per letter, no Map) of the hashes of every prefix of every stem and
  // of the whole stems: a word whose prefixes are not marked there has no reading.
  private readonly prefixBits = new Uint8Array(FILTER_BITS >>> 3);
  private readonly stemBits = new Uint8Array(FILTER_BITS >>> 3);

  add(record: StemRecord, payload: T): void {
    const list = this.stems.get(record.surface);
    if (!list) this.stems.set(record.surface, [{ record, payload }]);
    else list.push({ record, payload });
    let hash = EMPTY_HASH;
    for (let k = 0; k < record.surface.length; k++) {
      hash = extendHash(hash, record.surface.charCodeAt(k));
      setBit(this.prefixBits, hash);
    }
    setBit(this.stemBits, hash);
  }

  get size(): number {
    return this.stems.size;
  }

  /**
   * Bit p set: word.slice(0, p) may be a stem (bit 0: the empty stem). Only for words of up to
   * MASK_LENGTH units; 0 means no prefix of the word is a stem, so it has no reading.
   */
  private stemEnds(word: string): number {
    let ends = hasBit(this.stemBits, EMPTY_HASH) ? 1 : 0;
    let hash = EMPTY_HASH;
    for (let k = 1; k <= word.length; k++) {
      hash = extendHash(hash, word.charCodeAt(k - 1));
      if (!hasBit(this.prefixBits, hash)) break;
      if (hasBit(this.stemBits, hash)) ends |= 1 << k;
    }
    return ends;
  }

  /** Every (stem, chain) reading of a folded word. */
  analyze(word: string): LexiconMatch<T>[] {
    const out: LexiconMatch<T>[] = [];
    if (word.length > MASK_LENGTH) {
      this.collect(word, "", word.length, out);
      for (const p of chainStarts(word)) this.collect(word.slice(0, p), word.slice(p), p, out);
      return out;
    }
    const ends = this.stemEnds(word);
    if (ends === 0) return out;
    if (ends & (1 << word.length)) this.collect(word, "", word.length, out);
    // A cut at p needs a stem ending at p, or at p - 1 before a hyphen (БҰҰ-ның).
    for (const p of chainStarts(word)) if (ends & (3 << (p - 1))) this.collect(word.slice(0, p), word.slice(p), p, out);
    return out;
  }

  private collect(head: string, tail: string, p: number, out: LexiconMatch<T>[]): void {
    const entries = this.stems.get(head);
    if (entries) {
      for (const { record, payload } of entries) {
        if (record.hyphen && tail !== "") continue;
        const chains = record.chains.get(tail);
        if (chains) for (const chain of chains) out.push({ record, payload, chain, stemEnd: p, hyphen: false });
      }
    }
    if (tail !== "" && head.length > 1 && head.charCodeAt(head.length - 1) === 0x2d) {
      const abbreviations = this.stems.get(head.slice(0, -1));
      if (!abbreviations) return;
      for (const { record, payload } of abbreviations) {
        if (!record.hyphen) continue;
        const chains = record.chains.get(tail);
        if (chains) for (const chain of chains) out.push({ record, payload, chain, stemEnd: p - 1, hyphen: true });
      }
    }
  }
}
