// Finds phrases that recur in the Kazakh texts around legal head words (сот, құқық, заң …) and
// are not yet in the glossary: the list `glossary candidates` shows editors. The last word of a
// phrase is reduced to its dictionary form with the term engine's analyser (сот төрелігінің ->
// сот төрелігі); this is a heuristic for people to review, never written to the glossary.
import { lemmatizeKk, annotate, normalizeWord, tokenize, type KkReading, type TermIndex } from "@/lib/annotate";
import type { GlossaryEntry } from "@/lib/glossary/schema";
import { generateChains } from "@/lib/morphology/kk/chains";
import { harmonies, soundClass, voicedStem } from "@/lib/morphology/kk/phonology";

/** Head words by dictionary form; a word counts when one of its readings has this lemma. */
export const HEAD_LEMMAS = [
  "сот", "құқық", "заң", "қылмыс", "іс", "судья", "жаза", "үкім", "шешім", "талап", "дау", "айып",
  "кодекс", "төрелік", "жемқорлық", "конвенция", "келісім", "реформа", "прокурор", "адвокат",
] as const;

/** Derived words built on a head (құқықтық, қылмыстық, заңды, заңнама, сотталған) count too. */
const HEAD_PREFIXES = ["сот", "құқық", "заң", "қылмыс", "судья", "жаза", "айып"] as const;

/** Words a legal phrase does not start or end with. */
const STOPWORDS = new Set([
  "және", "мен", "бен", "пен", "да", "де", "та", "те", "үшін", "туралы", "бойынша", "деп", "деді",
  "бұл", "осы", "ол", "оның", "олар", "сондай-ақ", "ғана", "емес", "қатысты", "жөнінде", "арасында",
  "ішінде", "бар", "жоқ", "әрі", "не", "немесе", "сияқты", "барлық", "көптеген", "бірқатар",
]);

/** Verb idioms built on a head noun (іске асыру "carry out", талап ету "demand"): not terms. */
const VERB_IDIOMS: readonly [RegExp, RegExp][] = [
  [/^іске$/, /^асыр/],
  [/^талап$/, /^ет/],
  [/^қол$/, /^(қой|жеткіз|жет)/],
  // A converb and the auxiliary that makes it progressive (өтеп жүрген "serving"): a verb, whatever it holds.
  [/п$/, /^(жүр|отыр|тұр|жат)/],
];

/** Endings a noun phrase does not end with: participles (жүрген) and adverbs in -сыз (қамтамасыз). */
const NOT_A_NOUN_END = /(ған|ген|қан|кен|атын|етін|йтын|йтін|сыз|сіз)$/;

const GENITIVE = /.{2,}(ның|нің|дың|дің|тың|тің)$/;

/** Endings of adjectives and participles: a noun after them is not in a possessive compound. */
const ADJECTIVAL = /(ғы|гі|қы|кі|лық|лік|дық|дік|тық|тік|лы|лі|ды|ді|ты|ті|сыз|сіз|ған|ген|қан|кен|атын|етін|йтын|йтін|лған|лген|шы|ші|ск|ий|ый|ной|ная|ое)$/;

export interface CandidateText {
  slug: string;
  paragraphs: readonly string[];
}

/** A phrase suggested for the glossary (what `glossary candidates` lists). */
export interface TermCandidate {
  /** The phrase in dictionary form (folded: lower case). */
  phrase: string;
  count: number;
  /** The first sentence it occurs in, as written. */
  example: string;
  slug: string;
}

interface Occurrence {
  /** Which sentence: text, paragraph and sentence numbers. */
  sentence: string;
  first: number;
  last: number;
}

/** Cases that tie a noun to a verb, not to the next noun. */
const VERBAL_CASES = new Set(["accusative", "dative", "locative", "ablative", "instrumental"]);

/**
 * A word before the last that ends in one of those cases is a verb's object or an adverbial
 * (сотын құру, Астанада қаржы соты): the phrase is a clause, not a term. Readings with a first or
 * second person possessive are left out: legal text has none, and they misread заңнама as заңна + ма.
 */
const isCaseMarked = (readings: readonly KkReading[]): boolean =>
  readings.some((r) => !r.suffixes.some((x) => /^poss[12]/.test(x.tag)) && VERBAL_CASES.has(r.suffixes[r.suffixes.length - 1]?.tag ?? ""));

const isHeadWord = (norm: string, readings: readonly KkReading[]): boolean =>
  readings.some((r) => (HEAD_LEMMAS as readonly string[]).includes(r.lemma)) ||
  HEAD_PREFIXES.some((prefix) => norm.startsWith(prefix) && norm.length > prefix.length + 1);

/** The 3rd-person possessive form of a dictionary form: жүйе -> жүйесі, құқық -> құқығы. */
function withPoss3(lemma: string): string | undefined {
  for (const harmony of harmonies(lemma)) {
    const chain = generateChains(soundClass(lemma), harmony).find(
      (c) => c.suffixes.length === 1 && c.suffixes[0]?.tag === "poss3",
    );
    if (chain) return (chain.vowelPossFirst ? (voicedStem(lemma) ?? lemma) : lemma) + chain.text;
  }
  return undefined;
}

/**
 * The dictionary form of a phrase's last word. After a noun the head keeps its possessive
 * (сот төрелігі, адам құқығы: a possessive compound); after an adjective it does not (Жоғарғы сот).
 */
export function dictionaryFormOfLast(word: string, previous: string | undefined): string {
  const readings = lemmatizeKk(word);
  const bare = readings[0]?.lemma ?? normalizeWord(word);
  const shortest = readings
    .filter((r) => r.suffixes.length > 0)
    .sort((a, b) => a.lemma.length - b.lemma.length || Number(b.lemma !== b.stem) - Number(a.lemma !== a.stem))[0];
  if (!shortest) return bare;
  const compound = previous !== undefined && !ADJECTIVAL.test(previous);
  const possIndex = shortest.suffixes.findIndex((s) => s.tag === "poss3");
  if (!compound || possIndex < 0) return shortest.lemma;
  if (possIndex === 0) return shortest.stem + (shortest.suffixes[0]?.form ?? "");
  return withPoss3(shortest.lemma) ?? shortest.lemma;
}

function sentencesOf(paragraph: string): string[] {
  const segmenter = new Intl.Segmenter("kk", { granularity: "sentence" });
  return [...segmenter.segment(paragraph)].map((s) => s.segment.trim()).filter(Boolean);
}

export function findCandidates(
  texts: readonly CandidateText[],
  entries: readonly GlossaryEntry[],
  index: TermIndex,
  options: { minCount?: number; maxWords?: number } = {},
): TermCandidate[] {
  const minCount = options.minCount ?? 2;
  const maxWords = options.maxWords ?? 3;
  const known = new Set(entries.flatMap((e) => [e.kk.term, ...e.kk.variants].map(normalizeWord)));
  const found = new Map<string, TermCandidate & { at: Occurrence[] }>();

  texts.forEach((text, t) => {
    text.paragraphs.forEach((paragraph, p) => {
      sentencesOf(paragraph).forEach((sentence, s) => {
        const tokens = tokenize(sentence);
        const spans = annotate(sentence, index);
        const words = tokens.map((t) => ({ ...t, text: sentence.slice(t.start, t.end) }));
        const readings = words.map((w) => lemmatizeKk(w.text));
        const heads = words.map((w, i) => /\p{L}/u.test(w.norm) && isHeadWord(w.norm, readings[i]!));
        const caseMarked = readings.map(isCaseMarked);
        for (let first = 0; first < words.length; first++) {
          for (let n = 2; n <= maxWords && first + n <= words.length; n++) {
            const group = words.slice(first, first + n);
            const lastWord = group[n - 1]!;
            const start = group[0]!.start;
            // Kazakh noun phrases put the head last, or open with the legal noun (сот төрелігі).
            if (!heads[first] && !heads[first + n - 1]) continue;
            if (group.some((w) => !/^[\p{L}-]+$/u.test(w.norm))) continue;
            // Words must be neighbours: no punctuation between them.
            if (group.some((w, i) => i > 0 && sentence.slice(group[i - 1]!.end, w.start).trim() !== "")) continue;
            // No verb idiom inside, nor one the phrase's last word opens (… іске | асырылды) or its first closes (өтеп | жүрген …).
            const around = words.slice(Math.max(0, first - 1), first + n + 1);
            if (around.some((w, i) => i > 0 && VERB_IDIOMS.some(([a, b]) => a.test(around[i - 1]!.norm) && b.test(w.norm)))) continue;
            if (STOPWORDS.has(group[0]!.norm) || STOPWORDS.has(lastWord.norm)) continue;
            if (caseMarked.slice(first, first + n - 1).some(Boolean)) continue;
            // A bare last word before a possessed noun modifies it (… аппарат | қызметкерлері): the phrase is cut short.
            const next = words[first + n];
            if (next && sentence.slice(lastWord.end, next.start).trim() === "" && readings[first + n - 1]!.every((r) => r.suffixes.length === 0) &&
              readings[first + n]!.some((r) => r.suffixes.some((x) => x.tag === "poss3"))) continue;
            // A genitive modifier (Қазақстанның сот …) belongs to the sentence, not to the term.
            if (GENITIVE.test(group[0]!.norm)) continue;
            // Not a new term if a marked term crosses its edge, or if every legal word in it is
            // already part of a longer marked term (a head marked on its own, сот, still counts).
            if (spans.some((sp) => sp.start < lastWord.end && sp.end > start && (sp.start < start || sp.end > lastWord.end))) continue;
            // Made only of terms the glossary has, or holding a proper name (Мадияр Балкен): not a term.
            if (group.every((w) => spans.some((sp) => sp.start <= w.start && w.end <= sp.end))) continue;
            if (group.some((w, i) => i > 0 && /^\p{Lu}/u.test(w.text) && !/^\p{Lu}+$/u.test(w.text))) continue;
            const headsHere = group.filter((_, i) => heads[first + i]);
            const inLongerTerm = (w: { start: number; end: number }) =>
              spans.some((sp) => sp.start <= w.start && w.end <= sp.end && (sp.start < w.start || sp.end > w.end));
            if (headsHere.every(inLongerTerm)) continue;
            const phrase = [
              ...group.slice(0, -1).map((w) => w.norm),
              dictionaryFormOfLast(lastWord.text, group[n - 2]?.norm),
            ].join(" ");
            if (known.has(normalizeWord(phrase)) || NOT_A_NOUN_END.test(phrase)) continue;
            const at = { sentence: `${t}:${p}:${s}`, first, last: first + n - 1 };
            const seen = found.get(phrase);
            if (seen) {
              seen.count += 1;
              seen.at.push(at);
            } else {
              found.set(phrase, { phrase, count: 1, example: sentence, slug: text.slug, at: [at] });
            }
          }
        }
      });
    });
  });

  const recurring = [...found.values()].filter((c) => c.count >= minCount);
  // A phrase found only inside a longer recurring one adds nothing: keep the longer.
  const inside = (a: Occurrence, b: Occurrence) => a.sentence === b.sentence && b.first <= a.first && a.last <= b.last;
  const maximal = recurring.filter(
    (c) => !recurring.some((o) => o !== c && o.at.length === c.at.length && c.at.every((a) => o.at.some((b) => inside(a, b)))),
  );
  return maximal
    .map(({ phrase, count, example, slug }) => ({ phrase, count, example, slug }))
    .sort((a, b) => b.count - a.count || a.phrase.localeCompare(b.phrase, "kk"));
}
