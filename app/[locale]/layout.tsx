// The root layout: one per interface language (the locale comes from the URL segment), with the
// header, navigation, language switcher, skip link and footer around every page.
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { hasLocale, NextIntlClientProvider, type Messages } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { locale as rootLocale } from "next/root-params";
import { routing } from "@/i18n/routing";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SkipLink } from "@/components/layout/skip-link";
import { pickClientMessages } from "@/components/intl/client-messages";
// The font (self-hosted Noto Sans 400, preloaded) is app/fonts.ts. One face for text and
// interface alike: every further face or weight costs a phone three more font files (latin,
// cyrillic, cyrillic-ext) before the text settles.
import { fontVariables } from "../fonts";
import "../globals.css";

// Only the prerendered set exists: any other value is a plain 404 (app/global-not-found.tsx or
// the locale's not-found page), rendered from a prerendered page and never written to the cache.
export const dynamicParams = false;

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
  // Only the few strings the header, article controls and term cards need go to the browser;
  // the glossary and annotate pages add their own (see ClientIntl).
  const messages = pickClientMessages(await getMessages());
  return (
    <html lang={locale} className={fontVariables}>
      <body>
        <NextIntlClientProvider locale={locale} messages={messages as Messages}>
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
