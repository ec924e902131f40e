// The content languages by code: the languages of the articles and of the glossary's blocks.
// Only codes, so that code bound for the browser (the reader's options, term components) can
// use them without pulling in the morphology; each code's descriptor is in lib/languages/index.ts.
// The interface locales are a different list: next-intl's routing (i18n/routing.ts).
export const LANGS = ["kk", "ru", "en"] as const;
export type Lang = (typeof LANGS)[number];
export const isLang = (value: unknown): value is Lang =>
  typeof value === "string" && (LANGS as readonly string[]).includes(value);

/** The language the articles are written in; the others are its translations. */
export const ORIGINAL_LANG = "kk" satisfies Lang;
export type TranslationLang = Exclude<Lang, typeof ORIGINAL_LANG>;
/** The translations a reader can show beside the original, in the list's order. */
export const TRANSLATION_LANGS: readonly TranslationLang[] = LANGS.filter((lang): lang is TranslationLang => lang !== ORIGINAL_LANG);
export const isTranslationLang = (value: unknown): value is TranslationLang =>
  typeof value === "string" && (TRANSLATION_LANGS as readonly string[]).includes(value);
