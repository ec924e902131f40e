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

export class KkLexicon<T> {
  private readonly stems = new Map<string, { record: StemRecord; payload: T }[]>();

  add(record: StemRecord, payload: T): void {
    const list = this.stems.get(record.surface);
    if (!list) this.stems.set(record.surface, [{ record, payload }]);
    else list.push({ record, payload });
  }

  get size(): number {
    return this.stems.size;
  }

  /** Every (stem, chain) reading of a folded word. */
  analyze(word: string): LexiconMatch<T>[] {
    const out: LexiconMatch<T>[] = [];
    this.collect(word, "", word.length, out);
    for (const p of chainStarts(word)) this.collect(word.slice(0, p), word.slice(p), p, out);
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
