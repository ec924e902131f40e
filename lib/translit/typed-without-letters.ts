// How people type Kazakh without its letters: on a Russian keyboard, and in plain ASCII with
// the usual romanisations. Kazakh's descriptor (lib/languages/kk.ts) names these as its loose
// typing; search files Kazakh names and reads queries through them (lib/search/keys.ts).

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
