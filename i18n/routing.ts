// The interface languages and how they appear in URLs: /kk/…, /ru/…, /en/…; Kazakh is the default.
// The one list of interface locales. The content languages (lib/languages) are another list: they
// happen to be the same three today, and either may grow without the other.
import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: ["kk", "ru", "en"] as const,
  defaultLocale: "kk",
  localePrefix: "always",
  // next-intl would write Link: rel=alternate from the request's Host; proxy.ts writes them from
  // the configured origin instead (i18n/origin.ts).
  alternateLinks: false,
});

export type Locale = (typeof routing.locales)[number];
