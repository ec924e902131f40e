// Translations for the command line and for problem messages, read from the `cli`, `Problem` and
// `Refusal` namespaces of the same messages/*.json files the web interface uses (ICU syntax, through
// i18next-icu): `t("check.ok")`, `t("Problem.yamlSyntax")`.
import i18next, { type TFunction } from "i18next";
import type { Translate } from "@/lib/problem-messages";
import ICU from "i18next-icu";
import en from "@/messages/en.json";
import kk from "@/messages/kk.json";
import ru from "@/messages/ru.json";

export const CLI_LANGS = ["kk", "ru", "en"] as const;
export type CliLang = (typeof CLI_LANGS)[number];
export const isCliLang = (value: unknown): value is CliLang =>
  typeof value === "string" && (CLI_LANGS as readonly string[]).includes(value);

const instance = i18next.createInstance();
// Resources are in memory, so initialisation is synchronous and `t` is usable at once.
void instance.use(ICU).init({
  initAsync: false,
  lng: "en",
  fallbackLng: false,
  resources: {
    en: { translation: { ...en.cli, Problem: en.Problem, Refusal: en.Refusal } },
    kk: { translation: { ...kk.cli, Problem: kk.Problem, Refusal: kk.Refusal } },
    ru: { translation: { ...ru.cli, Problem: ru.Problem, Refusal: ru.Refusal } },
  },
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});

const translators = new Map<CliLang, TFunction>();

export function translator(lang: CliLang): TFunction {
  let t = translators.get(lang);
  if (!t) {
    t = instance.getFixedT(lang);
    translators.set(lang, t);
  }
  return t;
}

/** The command line's wording of problems and refusals (lib/problem-messages.ts) in a language. */
export const cliTranslate = (lang: CliLang): Translate => translator(lang) as unknown as Translate;

/** Does `cli.<key>` (or `Problem.<code>`) exist in this language's messages? Used by tests and to catch typos. */
export function hasCliMessage(lang: CliLang, key: string): boolean {
  return instance.exists(key, { lng: lang });
}

/**
 * The language for messages: the explicit choice, else the POSIX locale variables in their
 * order of precedence (LC_ALL, LC_MESSAGES, LANG), else English.
 */
export function pickCliLang(explicit: string | undefined, env: Record<string, string | undefined>): CliLang {
  if (explicit !== undefined) return isCliLang(explicit) ? explicit : "en";
  for (const name of ["LC_ALL", "LC_MESSAGES", "LANG"]) {
    const value = env[name];
    if (!value) continue;
    const code = value.slice(0, 2).toLowerCase();
    return isCliLang(code) ? code : "en";
  }
  return "en";
}
