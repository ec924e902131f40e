// The content languages as data: one descriptor per language, in the order the glossary, the
// exports and the reader list them. The engine, the schema and the exports take a list (this one
// by default), so a test can add a language without editing them.
import type { Lang } from "./codes";
import { english } from "./en";
import { kazakh } from "./kk";
import { russian } from "./ru";
import type { ContentLanguage } from "./types";

export const CONTENT_LANGUAGES = [kazakh, russian, english] as const satisfies readonly ContentLanguage<Lang>[];

/** The codes of a list of descriptors, in its order. */
export const codesOf = <Code extends string>(languages: readonly ContentLanguage<Code>[]): Code[] => languages.map((l) => l.code);

/** The descriptor of `code` in `languages`; a code without one is refused, never given another's rules. */
export function languageOf<Code extends string>(code: Code, languages: readonly ContentLanguage<string>[] = CONTENT_LANGUAGES): ContentLanguage<Code> {
  const language = languages.find((l) => l.code === code);
  if (!language) {
    throw new Error(`no content language "${code}": the languages described are ${languages.map((l) => l.code).join(", ")} (lib/languages)`);
  }
  return language as ContentLanguage<Code>;
}

export { isLang, isTranslationLang, LANGS, ORIGINAL_LANG, TRANSLATION_LANGS, type Lang, type TranslationLang } from "./codes";
export type { ContentLanguage, ScriptCode, TermInflection, WordForm, Writing } from "./types";
export { shownIn, WRITINGS } from "./writing";
