"use client";
// The main navigation; the section the reader is in is marked as current. Links in the reader's
// chrome do not prefetch: processing every prefetched page right after load showed up as
// blocking time on a phone, and the pages are static, so a click loads them quickly anyway.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { localePath, withoutLocale } from "@/i18n/navigation";
import styles from "./site-header.module.css";

const SECTIONS = [
  { href: "/", key: "articles", match: (p: string) => p === "/" || p.startsWith("/articles") },
  { href: "/glossary", key: "glossary", match: (p: string) => p.startsWith("/glossary") },
  { href: "/annotate", key: "annotate", match: (p: string) => p.startsWith("/annotate") },
  { href: "/review", key: "review", match: (p: string) => p.startsWith("/review") },
] as const;

export function NavLinks() {
  const t = useTranslations("Layout");
  const locale = useLocale();
  const pathname = withoutLocale(usePathname() ?? "/");
  return (
    <nav aria-label={t("navLabel")}>
      <ul className={styles.nav}>
        {SECTIONS.map((s) => (
          <li key={s.key}>
            <Link href={localePath(locale, s.href)} prefetch={false} aria-current={s.match(pathname) ? "page" : undefined}>
              {t(s.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
