// The root layout: one per interface language (the locale comes from the URL segment), with the
// header, navigation, language switcher, skip link and footer around every page.
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { locale as rootLocale } from "next/root-params";
import { routing } from "@/i18n/routing";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SkipLink } from "@/components/layout/skip-link";
// The font (self-hosted Noto Sans 400) is declared in globals.css. One face for text and
// interface alike: every further face or weight costs a phone three more font files (latin,
// cyrillic, cyrillic-ext) before the text settles.
import "../globals.css";

// Message namespaces used only on the server (or by the command line): not sent to the browser.
const SERVER_ONLY = new Set(["cli", "Metadata", "Home", "NotFound"]);

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Metadata");
  return { title: { default: t("title"), template: `%s · ${t("title")}` }, description: t("description") };
}

export default async function LocaleLayout({ children }: { children: ReactNode }) {
  const locale = await rootLocale();
  if (!hasLocale(routing.locales, locale)) notFound();
  const messages = Object.fromEntries(Object.entries(await getMessages()).filter(([ns]) => !SERVER_ONLY.has(ns)));
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider messages={messages}>
          <SkipLink />
          <SiteHeader />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
