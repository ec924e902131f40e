// The article reader's addresses, built and read in this one module: the server, the concordance
// and the saved terms build them (readerHref), the reader's page reads them (parseReaderQuery,
// through components/article/reading-options.ts) and its controls change them (changeReaderSearch).
//   /{locale}/articles/{slug}?with=ru|en&script=cyrl|latn&marks=off&hl={termId}#p{n}[-ru|-en]
// `with`: a translation beside the text; `script`: Kazakh in Latin letters (latn) or, whatever
// the reader chose last, in Cyrillic (cyrl); `marks=off`: plain reading; `hl`: an entry whose
// marks are highlighted; the fragment: a paragraph (in a translation when it names one).
// Anything else in an address is ignored, never an error: an unknown or malformed value reads
// as absent, and a parameter given twice is read by its first value (as URLSearchParams.get).
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

/** The reader's settings that its query holds (the fragment holds the target). */
export type ReaderSettings = Omit<Required<ReaderAddress>, "slug" | "target">;

/** The query parameter of each setting. */
const PARAM = { with: "with", script: "script", marking: "marks", hl: "hl" } as const satisfies Record<keyof ReaderSettings, string>;
const READER_PARAMS: readonly string[] = Object.values(PARAM);

function readSettings(params: URLSearchParams): ReaderSettings {
  const w = params.get(PARAM.with);
  const script = params.get(PARAM.script);
  return {
    with: isTranslationLang(w) ? w : null,
    script: isReaderScript(script) ? script : null,
    marking: params.get(PARAM.marking) !== "off",
    hl: params.get(PARAM.hl) || null,
  };
}

/** The settings as a query, in this order; the defaults are left out. */
function writeSettings(settings: Partial<ReaderSettings>, into = new URLSearchParams()): URLSearchParams {
  if (settings.with) into.append(PARAM.with, settings.with);
  if (settings.script) into.append(PARAM.script, settings.script);
  if (settings.marking === false) into.append(PARAM.marking, "off");
  if (settings.hl) into.append(PARAM.hl, settings.hl);
  return into;
}

const asSearch = (query: URLSearchParams): string => {
  const search = query.toString();
  return search ? `?${search}` : "";
};

/** What an article address asks of the reader; unknown or malformed values read as absent. */
export function parseReaderQuery(params: URLSearchParams | string, hash: string): Omit<Required<ReaderAddress>, "slug"> {
  return { ...readSettings(typeof params === "string" ? new URLSearchParams(params) : params), target: parseTarget(hash) };
}

/**
 * The query ("?…", or "" when nothing is left) of the same article with some settings changed
 * (null or the default: left out). The reader's other settings are written again as they read
 * (a malformed value dropped, a repeated parameter once, by its first value); parameters that
 * are not the reader's are kept as they are.
 */
export function changeReaderSearch(current: URLSearchParams | string, change: Partial<ReaderSettings>): string {
  const params = typeof current === "string" ? new URLSearchParams(current) : current;
  const query = writeSettings({ ...readSettings(params), ...change });
  for (const [name, value] of params) if (!READER_PARAMS.includes(name)) query.append(name, value);
  return asSearch(query);
}

/** An article's address in an interface language; the defaults are left out. */
export function readerHref(locale: string, address: ReaderAddress): string {
  return `/${locale}/articles/${encodeURIComponent(address.slug)}${asSearch(writeSettings(address))}${address.target ? targetHash(address.target) : ""}`;
}
