// How glossary forms and queries are compared in search: folded by the engine's normalizer
// (case, ё/е, look-alike letters, hyphen variants, punctuation dropped), and for Latin script
// reduced to plain ASCII so `Joğarğy sot` and `Jogargy sot` are the same key.
import { tokenize } from "@/lib/annotate";
import { toAsciiLatin, toLatin } from "@/lib/translit";

export type Script = "cyrillic" | "latin";

const CYRILLIC = /\p{Script=Cyrillic}/u;

export const scriptOf = (text: string): Script => (CYRILLIC.test(text) ? "cyrillic" : "latin");

/** Folded words joined by single spaces. */
export function searchKey(text: string): string {
  return tokenize(text)
    .map((token) => token.norm)
    .join(" ");
}

/** The plain-ASCII key of Latin-script text. */
export function asciiKey(latin: string): string {
  return searchKey(toAsciiLatin(latin));
}

/** The plain-ASCII key of a Kazakh Cyrillic form's 2021 Latin transliteration. */
export function kazakhLatinKey(cyrillic: string): string {
  return asciiKey(toLatin(searchKey(cyrillic)));
}

/** The key a query is compared with, and against which script of keys. */
export function queryKey(query: string): { key: string; script: Script } {
  const script = scriptOf(query);
  return { script, key: script === "latin" ? asciiKey(query) : searchKey(query) };
}
