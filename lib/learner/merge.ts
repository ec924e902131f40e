// How an imported backup joins what the browser already holds: importing never loses data. Terms
// and texts are joined by id; where both sides have one, the one reviewed (or, for texts, changed)
// most recently wins, since it carries the later memory. Known terms are the union; the settings
// are the imported file's, as the reader asked for that file.
// The result is in the order the store gives: texts newest first, terms by when they were saved.
import { byNewest, bySaved } from "./order";
import type { LearnerData, OwnText, SavedTerm } from "./types";

/** When a saved term last changed: its last review, or when it was saved if never reviewed. */
const termTime = (term: SavedTerm): number => Date.parse(term.schedule.lastReview ?? term.savedAt);
const textTime = (text: OwnText): number => Date.parse(text.updatedAt);

function unionBy<T>(current: readonly T[], incoming: readonly T[], key: (item: T) => string, time: (item: T) => number): T[] {
  const byKey = new Map<string, T>();
  for (const item of current) byKey.set(key(item), item);
  for (const item of incoming) {
    const mine = byKey.get(key(item));
    // On a tie the imported one wins: it is what the reader chose to bring in.
    if (mine === undefined || !(time(mine) > time(item))) byKey.set(key(item), item);
  }
  return [...byKey.values()];
}

export function mergeLearnerData(current: LearnerData, incoming: LearnerData): LearnerData {
  return {
    terms: unionBy(current.terms, incoming.terms, (t) => t.termId, termTime).sort(bySaved),
    known: [...new Set([...current.known, ...incoming.known])],
    texts: unionBy(current.texts, incoming.texts, (t) => t.id, textTime).sort(byNewest),
    settings: { ...incoming.settings },
  };
}
