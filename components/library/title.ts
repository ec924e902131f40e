// The title a text gets in the reader's library until they rename it: its first non-empty line,
// cut at a word boundary to about 80 characters, with an ellipsis when something was cut; and
// the part of a file name made from a title (the text's flashcards, its project glossary).

export const MAX_TITLE_CHARS = 80;

export function titleOf(text: string): string {
  const line = text.split(/\r\n?|\n/).map((l) => l.trim().replace(/\s+/g, " ")).find((l) => l !== "") ?? "";
  if (line.length <= MAX_TITLE_CHARS) return line;
  const cut = line.slice(0, MAX_TITLE_CHARS + 1);
  const space = cut.lastIndexOf(" ");
  // A first "word" longer than the whole title (a URL, say) is cut where the limit falls.
  const kept = space >= MAX_TITLE_CHARS / 2 ? cut.slice(0, space) : line.slice(0, MAX_TITLE_CHARS);
  return `${kept.replace(/[\s,;:.–—-]+$/u, "")}…`;
}

/** A title as the reader typed it, tidied; empty when it holds nothing but spaces. */
export const cleanTitle = (typed: string): string => typed.trim().replace(/\s+/g, " ");

/** A title in a file name: its letters and digits (any script), dashes between, at most 60 characters. */
export const fileNamePart = (title: string): string =>
  title.normalize("NFC").replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "").slice(0, 60).replace(/-+$/, "") || "text";
