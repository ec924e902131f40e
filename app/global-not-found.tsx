// The page for an address no route knows, where the interface language is unknown too (an unknown
// locale, an unknown article slug: both routes allow only their prerendered params, so such an
// address is a plain 404 that renders nothing into the build's cache). It says so in all three
// interface languages, each from its own messages file, with a link home in each. The messages
// are formatted through next-intl like everywhere else (they are precompiled in a build).
import type { Metadata } from "next";
import Link from "next/link";
import { createTranslator, type Messages } from "next-intl";
import en from "@/messages/en.json";
import kk from "@/messages/kk.json";
import ru from "@/messages/ru.json";
import { routing } from "@/i18n/routing";
import { fontVariables } from "./fonts";
import "./globals.css";

const MESSAGES: Record<(typeof routing.locales)[number], Messages> = { kk, ru, en };

const notFoundIn = (locale: (typeof routing.locales)[number]) => createTranslator({ locale, messages: MESSAGES[locale], namespace: "NotFound" });

export const metadata: Metadata = { title: routing.locales.map((locale) => notFoundIn(locale)("title")).join(" · ") };

export default function GlobalNotFound() {
  return (
    <html lang={routing.defaultLocale} className={fontVariables}>
      <body>
        <main id="main">
          {routing.locales.map((locale) => {
            const t = notFoundIn(locale);
            return (
              <section key={locale} lang={locale}>
                <h1>{t("title")}</h1>
                <p>{t("text")}</p>
                <p>
                  <Link href={`/${locale}`}>{t("home")}</Link>
                </p>
              </section>
            );
          })}
        </main>
      </body>
    </html>
  );
}
