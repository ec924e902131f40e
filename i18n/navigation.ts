// Locale-prefixed paths for links: every page lives under /{locale}/…, so a link keeps the
// reader's interface language by carrying it. Plain functions around next/link rather than
// next-intl's createNavigation: its Link is a client component that needs next-intl's client
// runtime and message provider on every page, which cost a phone measurable blocking time.
import { routing } from "./routing";

/** "/glossary" in Russian → "/ru/glossary"; "/" → "/ru". */
export function localePath(locale: string, path: string): string {
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}

/** The path without its locale prefix: "/ru/glossary" → "/glossary", "/ru" → "/". */
export function withoutLocale(pathname: string): string {
  const [, first, ...rest] = pathname.split("/");
  if (!first || !(routing.locales as readonly string[]).includes(first)) return pathname || "/";
  return rest.length ? `/${rest.join("/")}` : "/";
}
