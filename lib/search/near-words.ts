// The distinct words of the glossary's names in one search key space, sorted, for finding the
// words a mistyped query word was meant to be: within a bounded edit distance (insertion,
// deletion, substitution, swap of neighbours; a letter typed for one that sounds alike costs
// half), either as a whole word (медиацея → медиация) or as the stem of an inflected one
// (медиацясы → медиация + сы).
//
// The sorted list is walked as the trie it implies: each word reuses the rows of the
// edit-distance table it shares with the word before it (their common beginning), and as soon
// as a beginning costs more than the budget, every word that starts with it is skipped by a
// binary search. So the walk visits the few beginnings near the query's letters rather than every
// word, and needs no memory beyond the list itself.

export interface NearWord {
  word: string;
  /** Edit cost between the word and the query letters it stands for. */
  cost: number;
  /** How many of the query's letters the word stands for: all of them, or a stem with the rest a suffix. */
  used: number;
}

// Letters that are easily typed for each other: as heard (c/k/q, i/y, s/z) or as written in
// Russian (е/э, и/й, ш/щ, ь/ъ). Substituting one for the other costs half an edit.
const ALIKE = ["ckq", "iy", "sz", "еэ", "ий", "шщ", "ьъ"];
const alikeOf = (letter: string): string => ALIKE.filter((group) => group.includes(letter)).join("");

/** The shortest stem a query's letters may be read as before a suffix. */
const MIN_STEM = 3;

/** The first position in a sorted list whose word is not below `word`. */
export function lowerBound(sorted: readonly string[], word: string, from = 0): number {
  let lo = from;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first position from `from` whose word does not begin with word's first `length` units (sorted list; no strings made). */
function pastBeginning(sorted: readonly string[], word: string, length: number, from: number): number {
  const begins = (other: string) => {
    if (other.length < length) return false;
    for (let k = 0; k < length; k++) if (other.charCodeAt(k) !== word.charCodeAt(k)) return false;
    return true;
  };
  let lo = from;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (begins(sorted[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The words of a sorted list within `budget` edits of the query (used = its length), and with
 * `stems` also those within budget of one of its beginnings (used < its length; the rest may be a
 * suffix). Exact words are included at cost 0. Words are compared by UTF-16 units. With a budget
 * over one edit, only words beginning with the query's first or second letter are looked at.
 */
export function nearWords(sorted: readonly string[], query: string, budget: number, stems = false): NearWord[] {
  const m = query.length;
  const alike = Array.from({ length: m }, (_, j) => alikeOf(query[j]!));
  const found: NearWord[] = [];
  const maxDepth = m + Math.ceil(budget);
  // rows[d][j]: the cost between a word's first d letters and the query's first j.
  const rows = Array.from({ length: maxDepth + 2 }, () => new Float64Array(m + 1));
  for (let j = 0; j <= m; j++) rows[0]![j] = j;
  let computed = 0; // rows[1..computed] hold the beginning of `previous`
  let previous = "";
  let i = 0;
  while (i < sorted.length) {
    const word = sorted[i]!;
    let common = 0;
    const limit = Math.min(computed, word.length, previous.length);
    while (common < limit && word.charCodeAt(common) === previous.charCodeAt(common)) common++;
    let depth = common;
    let pruned = -1;
    for (; depth < word.length && depth < maxDepth; depth++) {
      const d = depth + 1;
      const ch = word[depth]!;
      const prevCh = depth > 0 ? word[depth - 1] : undefined;
      const row = rows[d]!;
      const prev = rows[d - 1]!;
      const prevPrev = d > 1 ? rows[d - 2]! : undefined;
      row[0] = d;
      let best = d;
      for (let j = 1; j <= m; j++) {
        const q = query[j - 1]!;
        const sub = ch === q ? 0 : alike[j - 1]!.includes(ch) ? 0.5 : 1;
        let cost = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + sub);
        if (prevPrev && j > 1 && ch === query[j - 2] && prevCh === q && prevPrev[j - 2]! + 1 < cost) cost = prevPrev[j - 2]! + 1;
        row[j] = cost;
        if (cost < best) best = cost;
      }
      // Over one edit, the word must begin with the query's first or second letter or one that
      // sounds like the first (kurt → court): two typos with the first letter wrong are rare, and
      // checking every beginning would cost more than the rest of the search.
      if (best > budget || (d === 1 && budget > 1 && ch !== query[0] && ch !== query[1] && !alike[0]!.includes(ch))) {
        pruned = d;
        break;
      }
    }
    // A shared beginning was within budget, or the word before would have been skipped with it.
    computed = pruned > 0 ? pruned : depth;
    previous = word;
    if (pruned > 0) {
      i = pastBeginning(sorted, word, pruned, i + 1);
      continue;
    }
    if (word.length <= maxDepth) {
      const row = rows[word.length]!;
      if (row[m]! <= budget) found.push({ word, cost: row[m]!, used: m });
      if (stems) {
        for (let j = Math.max(MIN_STEM, word.length - Math.floor(budget)); j < m; j++) {
          if (row[j]! <= budget) found.push({ word, cost: row[j]!, used: j });
        }
      }
    }
    i++;
  }
  return found;
}
