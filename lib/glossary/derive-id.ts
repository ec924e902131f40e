// The id a new entry gets from its English term, as `glossary new` and the editing form derive
// it: kebab-case ASCII ("Supreme Court" -> "supreme-court"). Its own module: the form runs in the
// browser, which needs none of the YAML writer beside it.
/** The id derived from the English term: kebab-case ASCII ("Supreme Court" -> "supreme-court"). */
export function deriveId(english: string): string {
  return english
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

