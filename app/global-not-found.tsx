// The page for an address no route knows, where the interface language is unknown too (an unknown
// locale, an unknown article slug: both routes allow only their prerendered params, so such an
// address is a plain 404 that renders nothing into the build's cache). It says so in all three
// interface languages, each from its own messages file, with a link home in each.
import type { Metadata } from "next";
import Link from "next/link";
import en from "@/messages/en.json";
import kk from "@/messages/kk.json";
import ru from "@/messages/ru.json";
import { routing } from "@/i18n/routing";
import { fontVariables } from "./fonts";
import "./globals.css";

const MESSAGES = { kk, ru, en } as const;

export const metadata: Metadata = { title: `${kk.NotFound.title} · ${ru.NotFound.title} · ${en.NotFound.title}` };

export default function GlobalNotFound() {
  return (
    <html lang={routing.defaultLocale} className={fontVariables}>
      <body>
        <main id="main">
          {routing.locales.map((locale) => (
            <section key={locale} lang={locale}>
              <h1>{MESSAGES[locale].NotFound.title}</h1>
              <p>{MESSAGES[locale].NotFound.text}</p>
              <p>
                <Link href={`/${locale}`}>{MESSAGES[locale].NotFound.home}</Link>
              </p>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
