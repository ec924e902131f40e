// Finds which known stems a folded Kazakh word inflects, and with which chain of suffixes:
// the word is cut only where a closed chain (chains.ts) ends it, and the part before must be a
// stem record admitting exactly that chain. Cost per word is bounded by the chain lengths, not by
// the number of stems.
import { chainCuts, chainsByNode, chainStarts, type Chain } from "@/lib/morphology/kk/chains";
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
 * through the filter below, never keep one out. Kept a signed 32-bit integer (`| 0`, not `>>> 0`):
 * an unsigned value above 2^31 does not fit V8's small integers and was boxed on the heap, once
 * per letter of every word.
 */
const extendHash = (hash: number, code: number): number => Math.imul(hash ^ code, 0x01000193) | 0;
const EMPTY_HASH = 0x811c9dc5 | 0;
/** Longest word whose possible stem ends fit in one 32-bit mask; longer ones skip the filter. */
const MASK_LENGTH = 30;
/**
 * Filter slots per prefix marked (a 20,000-entry glossary rarely lets a word through by chance),
 * and the bounds: the table is sized to the glossary so that a small one stays in the processor's
 * cache (it is read once per letter of most words), up to 512 KB.
 */
const SLOTS_PER_PREFIX = 8;
const MIN_SLOTS = 1 << 12;
const MAX_SLOTS = 1 << 21;
/** Each slot holds two bits, side by side so that one load reads both: PREFIX and STEM. */
const PREFIX = 1;
const STEM = 2;

interface Entry<T> {
  record: StemRecord;
  payload: T;
  /** record.chains keyed by chain trie node (chainsByNode). */
  byNode: readonly (readonly Chain[] | undefined)[];
  /**
   * The matches of this entry by trie node, made on first use: a match depends only on the
   * entry and the chain (the stem always ends after the surface), so the same objects serve
   * every occurrence in every text instead of thousands of new ones per text.
   */
  matches: (readonly LexiconMatch<T>[] | undefined)[];
}

const NO_MATCHES: readonly never[] = [];

/** The entry's matches with the chains of trie node `node` (see Entry.matches). */
function matchesAt<T>(entry: Entry<T>, node: number): readonly LexiconMatch<T>[] {
  let list = entry.matches[node];
  if (!list) {
    const { record, payload } = entry;
    const chains = entry.byNode[node] ?? NO_MATCHES;
    list = chains.map((chain) => ({ record, payload, chain, stemEnd: record.surface.length, hyphen: record.hyphen && node !== 0 }));
    entry.matches[node] = list;
  }
  return list;
}

/** Keeps a hash a small integer, which a Map keys faster than a heap number. */
const hashKey = (hash: number) => hash & 0x3fffffff;

export class KkLexicon<T> {
  private readonly stems = new Map<string, Entry<T>[]>();
  /**
   * The same entries keyed by the hash of their surface (hashKey), for words cut without making
   * substrings: the surface is then checked against the word in place.
   */
  private byHash = new Map<number, Entry<T>[]>();
  /** Buffers for the word being read: prefix hashes by length, trie nodes by cut (chainCuts). */
  private readonly hashes = new Int32Array(MASK_LENGTH + 1);
  private readonly nodes = new Int32Array(MASK_LENGTH + 1);
  // Most words of a text begin with no stem at all. To say so without cutting the word at each
  // possible suffix boundary (a substring and a Map lookup each), the lexicon keeps a bit table
  // (a typed array: one load per letter, no Map) of the hashes of every prefix of every stem and
  // of the whole stems: a word whose prefixes are not marked there has no reading. It is built
  // on first use after records were added, when the number of prefixes is known.
  private filter = new Uint8Array(0);
  private slotMask = 0;
  private filterStale = true;

  add(record: StemRecord, payload: T): void {
    const entry: Entry<T> = { record, payload, byNode: chainsByNode(record.chains), matches: [] };
    const list = this.stems.get(record.surface);
    if (!list) this.stems.set(record.surface, [entry]);
    else list.push(entry);
    this.filterStale = true;
  }

  private buildFilter(): void {
    let prefixes = 0;
    for (const surface of this.stems.keys()) prefixes += surface.length + 1;
    let slots = MIN_SLOTS;
    while (slots < prefixes * SLOTS_PER_PREFIX && slots < MAX_SLOTS) slots *= 2;
    const filter = new Uint8Array(slots >>> 2);
    const byHash = new Map<number, Entry<T>[]>();
    const mark = (hash: number, flag: number) => {
      const slot = hash & (slots - 1);
      filter[slot >>> 2] = filter[slot >>> 2]! | (flag << ((slot & 3) << 1));
    };
    for (const surface of this.stems.keys()) {
      let hash = EMPTY_HASH;
      for (let k = 0; k < surface.length; k++) {
        hash = extendHash(hash, surface.charCodeAt(k));
        mark(hash, PREFIX);
      }
      mark(hash, STEM);
      const key = hashKey(hash);
      const list = byHash.get(key);
      if (list) list.push(...this.stems.get(surface)!);
      else byHash.set(key, [...this.stems.get(surface)!]);
    }
    this.filter = filter;
    this.byHash = byHash;
    this.slotMask = slots - 1;
    this.filterStale = false;
  }

  /** The PREFIX and STEM bits of a hash's slot. */
  private flags(hash: number): number {
    const slot = hash & this.slotMask;
    return (this.filter[slot >>> 2]! >>> ((slot & 3) << 1)) & 3;
  }

  get size(): number {
    return this.stems.size;
  }

  /**
   * Bit p set: word.slice(0, p) may be a stem (bit 0: the empty stem). Only for words of up to
   * MASK_LENGTH units; 0 means no prefix of the word is a stem, so it has no reading.
   */
  private stemEnds(word: string): number {
    if (this.filterStale) this.buildFilter();
    let ends = this.flags(EMPTY_HASH) & STEM ? 1 : 0;
    let hash = EMPTY_HASH;
    this.hashes[0] = hash;
    for (let k = 1; k <= word.length; k++) {
      hash = extendHash(hash, word.charCodeAt(k - 1));
      this.hashes[k] = hash;
      const flags = this.flags(hash);
      if (!(flags & PREFIX)) break;
      if (flags & STEM) ends |= 1 << k;
    }
    return ends;
  }

  /**
   * Every (stem, chain) reading of a folded word, appended to `out` (the caller clears and reuses
   * it: this runs on every word of a text, and most words have no reading, so no array is made per word).
   */
  analyze(word: string, out: LexiconMatch<T>[]): void {
    if (word.length > MASK_LENGTH) {
      // Rare: such words take the plain way, cutting substrings.
      this.collectCut(word, "", word.length, out);
      for (const p of chainStarts(word)) this.collectCut(word.slice(0, p), word.slice(p), p, out);
      return;
    }
    const ends = this.stemEnds(word);
    if (ends === 0) return;
    const n = word.length;
    if (ends & (1 << n)) this.collect(word, n, 0, out);
    // A cut at p needs a stem ending at p, or at p - 1 before a hyphen (БҰҰ-ның); the cuts are
    // taken from the end backwards, in chainStarts' order, as the match order is kept downstream.
    let cuts = chainCuts(word, this.nodes) & (ends | (ends << 1));
    while (cuts !== 0) {
      const p = 31 - Math.clz32(cuts);
      cuts &= ~(1 << p);
      this.collect(word, p, this.nodes[p]!, out);
    }
  }

  /**
   * The readings of word as word.slice(0, p) + the chain text of trie node `node` (0: the empty
   * chain, p = word.length), with stemEnds' hashes of the word's prefixes: as collectCut, without
   * substrings.
   */
  private collect(word: string, p: number, node: number, out: LexiconMatch<T>[]): void {
    const tailEmpty = p === word.length;
    const entries = this.byHash.get(hashKey(this.hashes[p]!));
    if (entries) {
      // Indexed loops: this runs for many words of every text, and iterators that are not
      // optimised away are objects to collect.
      for (let e = 0; e < entries.length; e++) {
        const entry = entries[e]!;
        const { record } = entry;
        if (record.surface.length !== p || !word.startsWith(record.surface)) continue;
        if (record.hyphen && !tailEmpty) continue;
        const found = matchesAt(entry, node);
        for (let k = 0; k < found.length; k++) out.push(found[k]!);
      }
    }
    if (!tailEmpty && p > 1 && word.charCodeAt(p - 1) === 0x2d) {
      const abbreviations = this.byHash.get(hashKey(this.hashes[p - 1]!));
      if (!abbreviations) return;
      for (let e = 0; e < abbreviations.length; e++) {
        const entry = abbreviations[e]!;
        const { record } = entry;
        if (!record.hyphen || record.surface.length !== p - 1 || !word.startsWith(record.surface)) continue;
        const found = matchesAt(entry, node);
        for (let k = 0; k < found.length; k++) out.push(found[k]!);
      }
    }
  }

  private collectCut(head: string, tail: string, p: number, out: LexiconMatch<T>[]): void {
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
