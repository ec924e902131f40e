// Kazakh Cyrillic → the January 2021 Latin alphabet (KAZAKH.md's table), one character at a
// time, so it can be applied to each piece of a text separately (term spans and the gaps
// between them) and the pieces still join up to the transliteration of the whole text.
//
// Letters of Russian loans are not settled by the 2021 table; the choices made here:
//   ц → ts, щ → ş (one letter: щ is a long ш, and the 2021 table has no double letters),
//   ё → io, ю → iu, я → ia, э → e, ъ and ь are dropped.
// Also read as the letters they stand in for: the old glyphs ӊ (ң), ѳ (ө) and the look-alikes
// ə (ә), ɵ (ө) that official texts type inside Cyrillic words. Everything else (Latin letters,
// digits, punctuation, spaces) passes through unchanged.

const LOWER: Record<string, string> = {
  а: "a", ә: "ä", б: "b", в: "v", г: "g", ғ: "ğ", д: "d", е: "e", ж: "j", з: "z", и: "i",
  й: "i", і: "ı", к: "k", қ: "q", л: "l", м: "m", н: "n", ң: "ñ", о: "o", ө: "ö", п: "p",
  р: "r", с: "s", т: "t", у: "u", ұ: "ū", ү: "ü", ф: "f", х: "h", һ: "h", ч: "ç", ш: "ş",
  ы: "y", ц: "ts", щ: "ş", ё: "io", ю: "iu", я: "ia", э: "e", ъ: "", ь: "",
  ӊ: "ñ", ѳ: "ö", ə: "ä", ɵ: "ö",
};

// Capitals follow the lowercase letter, except for the dotted/dotless i pair: и, й → İ; і → I.
const UPPER_OVERRIDES: Record<string, string> = { И: "İ", Й: "İ", І: "I", Ё: "İo", Ю: "İu", Я: "İa" };

const isUpperLetter = (ch: string | undefined): boolean =>
  ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isLetter = (ch: string | undefined): boolean => ch !== undefined && /\p{L}/u.test(ch);

function upper(ch: string, prev: string | undefined, next: string | undefined): string {
  const lower = LOWER[ch.toLowerCase()];
  if (lower === undefined) return ch;
  const latin = UPPER_OVERRIDES[ch] ?? (lower.charAt(0).toUpperCase() + lower.slice(1));
  if (latin.length < 2) return latin;
  // A two-letter rendering is all capitals inside an all-capitals word (ЮНЕСКО → İUNESKO).
  const neighbour = isLetter(next) ? next : prev;
  return isUpperLetter(neighbour) ? latin.toUpperCase() : latin;
}

/** Transliterates Kazakh Cyrillic to the 2021 Latin alphabet; other characters pass through. */
export function toLatin(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const lower = LOWER[ch];
    out += lower !== undefined ? lower : upper(ch, text[i - 1], text[i + 1]);
  }
  return out;
}
