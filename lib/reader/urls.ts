// The article reader's addresses, built and read in one place: the server and the concordance
// build them, the reader's page reads them (components/article/reading-options.ts).
//   /{locale}/articles/{slug}?with=ru|en&script=latn&marks=off&hl={termId}#p{n}[-ru|-en]
// `with`: a translation beside the text; `script=latn`: Kazakh in Latin letters; `marks=off`:
// plain reading; `hl`: an entry whose marks are highlighted; the fragment: a paragraph (in a
// translation when it names one). Anything else in an address is ignored, never an error.
import { isTranslationLang, ORIGINAL_LANG, type Lang, type TranslationLang } from "@/lib/languages/codes";

/** The translations that can be shown beside the text: the content languages but the original. */
export type WithLang = TranslationLang;
export type ReaderScript = "cyrl" | "latn";

export interface ReaderAddress {
  slug: string;
  with?: WithLang | null;
  script?: ReaderScript | null;
  marking?: boolean;
  hl?: string | null;
  target?: { n: number; lang: Lang } | null;
}

/** The scripts a reader may ask for: the original's own, and Latin letters. */
export const isReaderScript = (value: unknown): value is ReaderScript => value === "cyrl" || value === "latn";

/** The paragraph a fragment points at (#p3, #p3-ru), or null. */
export function parseTarget(hash: string): { n: number; lang: Lang } | null {
  const match = /^#p([1-9]\d{0,5})(?:-([a-z]+))?$/.exec(hash);
  if (!match) return null;
  const lang = match[2];
  if (lang === undefined) return { n: Number(match[1]), lang: ORIGINAL_LANG };
  return isTranslationLang(lang) ? { n: Number(match[1]), lang } : null;
}

/** The fragment of a paragraph: #p3 for the Kazakh text, #p3-ru in a translation. */
export const targetHash = (target: { n: number; lang: Lang }): string => `#p${target.n}${target.lang === ORIGINAL_LANG ? "" : `-${target.lang}`}`;

/** What an article address asks of the reader; unknown or malformed values read as absent. */
export function parseReaderQuery(params: URLSearchParams, hash: string): Omit<Required<ReaderAddress>, "slug"> {
  const w = params.get("with");
  const script = params.get("script");
  return {
    with: isTranslationLang(w) ? w : null,
    script: isReaderScript(script) ? script : null,
    marking: params.get("marks") !== "off",
    hl: params.get("hl") || null,
    target: parseTarget(hash),
  };
}

/** An article's address in an interface language; the defaults are left out. */
export function readerHref(locale: string, address: ReaderAddress): string {
  const query = new URLSearchParams();
  if (address.with) query.set("with", address.with);
  if (address.script === "latn") query.set("script", "latn");
  if (address.marking === false) query.set("marks", "off");
  if (address.hl) query.set("hl", address.hl);
  const search = query.toString();
  return `/${locale}/articles/${encodeURIComponent(address.slug)}${search ? `?${search}` : ""}${address.target ? targetHash(address.target) : ""}`;
}
