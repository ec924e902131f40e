// A compact text form of an analysis for a term mark's data-grammar attribute, so a mark
// rendered on the server carries its grammar to the card layer without a script per term:
// "stem|lemma|hyphen|form:tag,form:tag" (сотының → "сот|сот||ы:poss3,ның:genitive").
import { SUFFIX_TAGS, type Analysis, type SuffixTag } from "@/lib/annotate/types";

export function encodeGrammar(analysis: Analysis | undefined): string | undefined {
  if (!analysis || analysis.suffixes.length === 0) return undefined;
  const suffixes = analysis.suffixes.map((s) => `${s.form}:${s.tag}`).join(",");
  return [analysis.stem, analysis.lemma, analysis.hyphen ?? "", suffixes].join("|");
}

const isTag = (tag: string): tag is SuffixTag => (SUFFIX_TAGS as readonly string[]).includes(tag);

export function decodeGrammar(value: string | null | undefined): Analysis | undefined {
  if (!value) return undefined;
  const [stem = "", lemma = "", hyphen = "", suffixes = ""] = value.split("|");
  const analysis: Analysis = {
    stem,
    lemma,
    suffixes: suffixes.split(",").flatMap((part) => {
      const at = part.lastIndexOf(":");
      const tag = part.slice(at + 1);
      return at > 0 && isTag(tag) ? [{ form: part.slice(0, at), tag }] : [];
    }),
  };
  if (hyphen) analysis.hyphen = hyphen;
  return analysis;
}
