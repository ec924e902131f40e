// Cuts a reader's own text into the paragraphs it is read in, like an article's: a blank line
// (or several) ends a paragraph, a single line break stays inside it as a line break. Windows and
// old Mac line ends count as line breaks. Nothing but the blank lines between paragraphs and the
// white space at their edges is left out.

/** The text's paragraphs, in order, none empty. */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n[^\S\n]*\n\s*/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== "");
}
