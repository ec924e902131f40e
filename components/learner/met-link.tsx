"use client";
// A link back to where a saved term was met: the article's paragraph (/{locale}/articles/{slug}#p3)
// or the reader's own text in their library (/{locale}/annotate?text={id}), named by its title
// (Kazakh in the reader's script) and the paragraph.
import { readerHref } from "@/lib/reader/urls";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { localePath } from "@/i18n/navigation";
import type { SavedTerm } from "@/lib/learner/types";
import { useShowIn } from "@/components/term/kazakh-script";

export function metHref(locale: string, term: Pick<SavedTerm, "metIn">): string {
  const { metIn } = term;
  return metIn.kind === "article"
    ? readerHref(locale, { slug: metIn.slug, target: { n: metIn.paragraph, lang: "kk" } })
    : localePath(locale, `/annotate?text=${encodeURIComponent(metIn.id)}`);
}

export function MetLink({ term }: { term: SavedTerm }) {
  const t = useTranslations("Review");
  const locale = useLocale();
  // An article's title is Kazakh; an own text's title is its first line, in the text's language.
  const title = useShowIn(term.metIn.kind === "article" ? "kk" : term.lang);
  return (
    <Link href={metHref(locale, term)} prefetch={false}>
      {term.metIn.title ? <span lang={title.tag}>{title.show(term.metIn.title)}</span> : t("untitled")}
      {term.metIn.kind === "text" ? ` (${t("yourText")})` : ""}, {t("paragraph", { n: term.metIn.paragraph })}
    </Link>
  );
}
