// Reduces one Kazakh word to its possible dictionary forms without a dictionary, accepting
// exactly the closed chains the term index accepts (same tables, same class and harmony checks).
// The glossary search and `glossary candidates` use it: typing сотының finds сот and соты.
import type { Suffix } from "@/lib/annotate/types";
import { chainMap, chainStarts } from "@/lib/morphology/kk/chains";
import { normalizeWord } from "@/lib/morphology/normalize";
import { devoicedStem, letterClass, undroppedStem, withoutEpenthesis, withSoftSign } from "@/lib/morphology/kk/phonology";
import { plainRecords } from "@/lib/morphology/kk/stems";

export interface KkReading {
  /** A possible dictionary form (folded: lower case). */
  lemma: string;
  /** The stem as it stands in the word (folded), e.g. жемқорлығ for жемқорлық. */
  stem: string;
  suffixes: Suffix[];
  hyphen?: string;
}

/**
 * Every reading of a word as a noun stem + a closed chain of inflections, the bare word first.
 * When the chain opens with the 3rd-person possessive, the possessed form is offered as a lemma
 * too (сотының -> соты + ның), since compound heads are listed that way (алқабилер соты).
 */
export function lemmatizeKk(input: string): KkReading[] {
  const word = normalizeWord(input);
  if (word === "" || word.includes(" ")) return word === "" ? [] : [{ lemma: word, stem: word, suffixes: [] }];
  const readings: KkReading[] = [{ lemma: word, stem: word, suffixes: [] }];
  const seen = new Set<string>([`${word}|`]);
  const push = (reading: KkReading) => {
    const key = `${reading.lemma}|${reading.suffixes.map((s) => `${s.form}:${s.tag}`).join(",")}`;
    if (seen.has(key)) return;
    seen.add(key);
    readings.push(reading);
  };

  for (const p of chainStarts(word)) {
    const head = word.slice(0, p);
    const tail = word.slice(p);
    if (head.endsWith("-") && head.length > 1) {
      const stem = head.slice(0, -1);
      const last = stem[stem.length - 1] ?? "";
      const chains = chainMap([letterClass(last), "V"], ["back", "front"], { requirePossessive: false, opening: "any" }).get(tail);
      if (chains) for (const chain of chains) push({ lemma: stem, stem, suffixes: chain.suffixes, hyphen: "-" });
      continue;
    }
    const epenthetic = withoutEpenthesis(head);
    const lemmas = new Set([head, devoicedStem(head), undroppedStem(head), epenthetic, withSoftSign(head)].filter((l): l is string => l !== undefined));
    for (const lemma of lemmas) {
      for (const record of plainRecords(lemma, lemma)) {
        if (record.surface !== head) continue;
        for (const chain of record.chains.get(tail) ?? []) {
          push({ lemma, stem: head, suffixes: chain.suffixes });
          const [first, ...rest] = chain.suffixes;
          if (first?.tag === "poss3") push({ lemma: head + first.form, stem: head + first.form, suffixes: rest });
        }
      }
    }
  }
  return readings;
}
