// The interface languages and how they appear in URLs: /kk/…, /ru/…, /en/…; Kazakh is the default.
import { defineRouting } from "next-intl/routing";
import { LANGS } from "@/lib/glossary/langs";

export const routing = defineRouting({
  locales: LANGS,
  defaultLocale: "kk",
  localePrefix: "always",
  // next-intl would write Link: rel=alternate from the request's Host; proxy.ts writes them from
  // the configured origin instead (i18n/origin.ts).
  alternateLinks: false,
});

export type Locale = (typeof routing.locales)[number];
