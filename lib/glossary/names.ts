// Every name an entry has in one language — its preferred term and its variants — with what a
// termbase records of each (usage status, type, part of speech, case sensitivity, the full form
// of an abbreviation). What a file leaves out is worked out here, by rules written down once:
// the block's term is preferred, a variant admitted; a name written in capitals (ҚПК, БҰҰ, AIFC)
// is an abbreviation, anything else a full form; a name that begins with a capital is a proper
// noun, anything else a noun. A file overrides any of them on the name itself.
import type { LangBlock, PartOfSpeech, TermType, UsageStatus } from "@/lib/glossary/schema";
import { startsWithCapital } from "@/lib/text/case";

export interface TermName {
  text: string;
  usage: UsageStatus;
  type: TermType;
  pos: PartOfSpeech;
  caseSensitive: boolean;
  /** For an abbreviation: the name it stands for, one of the block's names. */
  fullForm?: string;
  note?: string;
  /** Where the name is written, inside the language's block: ["term"] or ["variants", i]. */
  path: ["term"] | ["variants", number];
}

/** ҚПК, ӘҚБтК, БҰҰ, UN, ҚР ҚПК: every word mostly capitals, at least two of them, no long word. */
export function looksLikeAbbreviation(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 3) return false;
  return words.every((word) => {
    const letters = [...word].filter((c) => /\p{L}/u.test(c));
    const capitals = letters.filter((c) => c !== c.toLowerCase() && c === c.toUpperCase());
    return letters.length <= 8 && capitals.length >= 2 && capitals.length * 2 > letters.length;
  });
}


export function namesOf(block: LangBlock): TermName[] {
  const termType: TermType = block.type ?? (looksLikeAbbreviation(block.term) ? "abbreviation" : "fullForm");
  const names: TermName[] = [
    {
      text: block.term,
      usage: "preferred",
      type: termType,
      pos: block.pos ?? (startsWithCapital(block.term) ? "properNoun" : "noun"),
      caseSensitive: block.caseSensitive ?? false,
      path: ["term"],
    },
  ];
  block.variants.forEach((text, i) => {
    const details = block.variantDetails?.[i];
    const type: TermType = details?.type ?? (looksLikeAbbreviation(text) ? "abbreviation" : "fullForm");
    const name: TermName = {
      text,
      usage: details?.status ?? "admitted",
      type,
      pos: details?.pos ?? (startsWithCapital(text) ? "properNoun" : "noun"),
      caseSensitive: details?.caseSensitive ?? false,
      path: ["variants", i],
    };
    if (details?.note) name.note = details.note;
    names.push(name);
  });
  // An abbreviation stands for the name the file says, else the block's term, else (when the
  // term is itself the abbreviation) its first variant that is a full form.
  const firstFullForm = names.find((n) => n.type === "fullForm")?.text;
  for (const name of names) {
    if (name.type !== "abbreviation") continue;
    const written = name.path[0] === "term" ? block.fullForm : block.variantDetails?.[name.path[1]]?.fullForm;
    const full = written ?? (name.path[0] === "term" || termType === "abbreviation" ? firstFullForm : block.term);
    if (full !== undefined) name.fullForm = full;
  }
  return names;
}
