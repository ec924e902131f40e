// The content and interface languages. Kept apart from the zod schema so that code bound for the
// browser (i18n routing, term components) can use them without pulling zod into every page.
export const LANGS = ["kk", "ru", "en"] as const;
export type Lang = (typeof LANGS)[number];
export const isLang = (value: unknown): value is Lang =>
  typeof value === "string" && (LANGS as readonly string[]).includes(value);
