// The Kazakh noun's inflectional suffixes as data (KAZAKH.md, "Noun inflection"): each suffix
// once, in its slot, written with placeholders for the letters that alternate, in the manner of
// Apertium's archiphonemes: the genitive is {N}{I}ң, which is -ның/-нің/-дың/-дің/-тың/-тің.
// One function, `realise`, spells a placeholder form after what precedes it: a stem's final
// sound class (phonology.ts) or the state a possessive leaves. The chains the engine accepts
// (chains.ts), the genitive of a compound's first word (term-index.ts) and the plural found inside
// a head (stems.ts) are all spelt from here, so a new suffix is one row below.
//
// Adding a suffix: a row in SUFFIXES (its slot, tag, placeholder form, and where it may stand),
// a label for its tag in messages/*.json (Grammar), and a paradigm test.
import type { SuffixTag } from "@/lib/annotate/types";
import type { Harmony, SoundClass } from "@/lib/morphology/kk/phonology";

/**
 * What a suffix follows: a stem's or suffix's final sound class, or the state after a
 * possessive: P3 after the 3rd person (сот-ы, which takes the pronominal н: сотының, сотында),
 * P12 after the 1st and 2nd singular (сот-ым, сот-ың: dative -а/-е, сотыма).
 */
export type State = SoundClass | "P3" | "P12";

/** Where a suffix stands in a word: STEM + plural? + possessive? + case? + attributive? */
export type Slot = "plural" | "possessive" | "case" | "attributive";

export interface SuffixDef {
  slot: Slot;
  tag: SuffixTag;
  /** The form with placeholders (PLACEHOLDERS); other letters stand for themselves. */
  form: string;
  /** Whole forms that replace `form` after a state (the 3rd-person possessive's accusative is just -н). */
  after?: Partial<Record<State, string>>;
  /** The state the suffix leaves for the next one; by default the class of its last letter. */
  next?: State;
  /** Only after these suffixes (the attributive -ғы/-гі only after the locative). */
  follows?: readonly SuffixTag[];
}

/** Each placeholder's letters by what precedes and the harmony; several where both are heard. */
type Realisation = (state: State, back: boolean) => string | readonly string[];

const PLACEHOLDERS: Record<string, Realisation> = {
  // Harmony alone.
  A: (_, back) => (back ? "а" : "е"),
  I: (_, back) => (back ? "ы" : "і"),
  Ğ: (_, back) => (back ? "ғ" : "г"),
  // The possessives' linking vowel, absent after a vowel (сот-ым, жүйе-м), and the 3rd person's с (жүйе-сі).
  Y: (state, back) => (state === "V" ? "" : back ? "ы" : "і"),
  S: (state) => (state === "V" ? "с" : ""),
  // The plural's consonant: -лар after vowels and р й у, -тар after voiceless, -дар after л м н ң з ж.
  L: (state) => (state === "V" || state === "R" ? "л" : state === "T" ? "т" : "д"),
  // The genitive's: -ның after vowels and м н ң (and the possessives), -тың after voiceless, else -дың.
  N: (state) => (state === "V" || state === "N" || state === "P12" || state === "P3" ? "н" : state === "T" ? "т" : "д"),
  // The accusative's: -ны after vowels, -ты after voiceless, else -ды (also after -ым, -ың).
  D: (state) => (state === "V" ? "н" : state === "T" ? "т" : "д"),
  // The dative's: -ға/-ге, -қа/-ке after voiceless, -а/-е after -ым, -ың, -на/-не after -ы/-і.
  G: (state, back) => (state === "P12" ? "" : state === "P3" ? "н" : state === "T" ? (back ? "қ" : "к") : back ? "ғ" : "г"),
  // The locative's (and the similative's): -та after voiceless, -нда after -ы/-і, else -да.
  T: (state) => (state === "P3" ? "нд" : state === "T" ? "т" : "д"),
  // The ablative's: -нан after м н ң and the possessives, -тан after voiceless, else -дан.
  B: (state) => (state === "N" || state === "P12" || state === "P3" ? "н" : state === "T" ? "т" : "д"),
  // The instrumental's: -пен after voiceless, -бен after з ж, else -мен.
  M: (state) => (state === "T" ? "п" : state === "Z" ? "б" : "м"),
  // The possessive pronoun's -нікі/-дікі/-тікі (front only); after м н ң both н and д are heard.
  K: (state) => (state === "V" || state === "P3" ? "н" : state === "T" ? "т" : state === "N" || state === "P12" ? ["н", "д"] : "д"),
  // The pronominal н after the 3rd-person possessive, before the equative (сөз-і-нше).
  P: (state) => (state === "P3" ? "н" : ""),
};

/** The inventory, in the order chains are listed (which decides nothing but the order of readings). */
export const SUFFIXES: readonly SuffixDef[] = [
  { slot: "plural", tag: "plural", form: "{L}{A}р", next: "R" },
  { slot: "possessive", tag: "poss1sg", form: "{Y}м", next: "P12" },
  { slot: "possessive", tag: "poss2sg", form: "{Y}ң", next: "P12" },
  { slot: "possessive", tag: "poss2sgPolite", form: "{Y}ң{I}з", next: "Z" },
  { slot: "possessive", tag: "poss3", form: "{S}{I}", next: "P3" },
  { slot: "possessive", tag: "poss1pl", form: "{Y}м{I}з", next: "Z" },
  { slot: "possessive", tag: "poss2pl", form: "{Y}ңд{A}р", next: "R" },
  { slot: "possessive", tag: "poss2plPolite", form: "{Y}ң{I}зд{A}р", next: "R" },
  { slot: "case", tag: "genitive", form: "{N}{I}ң" },
  { slot: "case", tag: "accusative", form: "{D}{I}", after: { P3: "н" } },
  { slot: "case", tag: "dative", form: "{G}{A}" },
  { slot: "case", tag: "locative", form: "{T}{A}" },
  { slot: "attributive", tag: "attributive", form: "{Ğ}{I}", follows: ["locative"] },
  { slot: "case", tag: "ablative", form: "{B}{A}н" },
  { slot: "case", tag: "instrumental", form: "{M}ен" },
  { slot: "case", tag: "instrumental", form: "{M}енен" },
  { slot: "case", tag: "possessivePronoun", form: "{K}ікі" },
  { slot: "case", tag: "equative", form: "{P}ш{A}" },
  { slot: "case", tag: "similative", form: "{T}{A}й" },
];

const PLACEHOLDER = /\{(.)\}/g;

/** Every spelling of a suffix after a state, in the harmony (most suffixes have one). */
export function realise(suffix: SuffixDef, state: State, harmony: Harmony): string[] {
  const back = harmony === "back";
  const whole = suffix.after?.[state];
  if (whole !== undefined) return [whole];
  let spellings = [""];
  let last = 0;
  for (const match of suffix.form.matchAll(PLACEHOLDER)) {
    const literal = suffix.form.slice(last, match.index);
    const realisation = PLACEHOLDERS[match[1]!];
    if (!realisation) throw new Error(`unknown placeholder {${match[1]}} in suffix ${suffix.tag}`);
    const options = [realisation(state, back)].flat();
    spellings = spellings.flatMap((s) => options.map((o) => s + literal + o));
    last = match.index + match[0].length;
  }
  const rest = suffix.form.slice(last);
  return spellings.map((s) => s + rest);
}

/** The suffixes of one slot, in inventory order. */
export const suffixesOf = (slot: Slot): readonly SuffixDef[] => SUFFIXES.filter((s) => s.slot === slot);

/** The one suffix with this tag in this slot (plural, genitive …); throws if there is none or several. */
export function suffixDef(tag: SuffixTag): SuffixDef {
  const found = SUFFIXES.filter((s) => s.tag === tag);
  if (found.length !== 1) throw new Error(`${found.length} suffixes are tagged ${tag}`);
  return found[0]!;
}

/** The tags of the possessive slot: a chain with one of them has a possessive (the compound head's сот жүйе-сі). */
export const POSSESSIVE_TAGS: ReadonlySet<SuffixTag> = new Set(suffixesOf("possessive").map((s) => s.tag));
