// How glossary forms and queries are compared in search: folded by the engine's normalizer
// (case, ё/е, look-alike letters, hyphen variants, punctuation dropped), and for Latin script
// reduced to plain ASCII so `Joğarğy sot` and `Jogargy sot` are the same key.
import { tokenize } from "@/lib/annotate";
import { toAsciiLatin, toLatin } from "@/lib/translit";
import { romanKey, russianKeyboardKey } from "@/lib/translit/typed-without-letters";

export { romanKey, russianKeyboardKey };

export type KeySpace = "cyrillic" | "latin";

const CYRILLIC = /\p{Script=Cyrillic}/u;

export const scriptOf = (text: string): KeySpace => (CYRILLIC.test(text) ? "cyrillic" : "latin");

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

/**
 * The looser key of a Kazakh form or query in its script, for a match that ranks just after a
 * letter-true one: Cyrillic as typed on a Russian keyboard, Latin as romanised in ASCII.
 */
export const looseKey = (key: string, script: KeySpace): string => (script === "cyrillic" ? russianKeyboardKey(key) : romanKey(key));

/** The key a query is compared with, and against which script of keys. */
export function queryKey(query: string): { key: string; script: KeySpace } {
  const script = scriptOf(query);
  return { script, key: script === "latin" ? asciiKey(query) : searchKey(query) };
}
