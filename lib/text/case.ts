// Letter case as the glossary and the engine read it: whether a name (or a word as written)
// begins with a capital — a proper noun by default, and what a case-sensitive name must match.

/** Whether the first letter of `text` (marks and punctuation before it aside) is a capital. */
export function startsWithCapital(text: string): boolean {
  for (const c of text) if (/\p{L}/u.test(c)) return c !== c.toLowerCase();
  return false;
}
