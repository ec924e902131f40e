// How glossary forms and queries are compared in search: folded by the engine's normalizer
// (case, ё/е, look-alike letters, hyphen variants, punctuation dropped), and for Latin script
// reduced to plain ASCII so `Joğarğy sot` and `Jogargy sot` are the same key.
import { tokenize } from "@/lib/annotate";
import { toAsciiLatin, toLatin } from "@/lib/translit";

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

// The Kazakh letters a Russian keyboard lacks, as people type them on one: ғ as г, қ as к,
// ң as н, ө as о, ұ and ү as у, һ as х, і as и, ә as а.
const RUSSIAN_KEYBOARD: Record<string, string> = { ә: "а", ғ: "г", қ: "к", ң: "н", ө: "о", ұ: "у", ү: "у", һ: "х", і: "и" };

/**
 * A folded Cyrillic key with the Kazakh-only letters written as a Russian keyboard writes them:
 * «жоғарғы сот» and «жогаргы сот» share it, as do «құқық» and «кукык».
 */
export function russianKeyboardKey(key: string): string {
  return key.replace(/[әғқңөұүһі]/g, (letter) => RUSSIAN_KEYBOARD[letter] ?? letter);
}

// How people write Kazakh in plain ASCII besides the 2021 letters without their marks: zh for ж,
// sh for ш, ch for ч, gh for ғ, kh for х, ng for ң, k for қ, i for ы. Folded alike on both
// sides, «zhogargy sot», «jogargy sot» and «Joğarğy sot» share a key.
const ROMANISATIONS: [RegExp, string][] = [
  [/zh/g, "j"], [/sh/g, "s"], [/ch/g, "c"], [/gh/g, "g"], [/kh/g, "h"], [/ng/g, "n"], [/q/g, "k"], [/y/g, "i"],
];

/** A plain-ASCII key (asciiKey) with the usual romanisations of Kazakh folded to one spelling. */
export function romanKey(ascii: string): string {
  return ROMANISATIONS.reduce((key, [pattern, letter]) => key.replace(pattern, letter), ascii);
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
