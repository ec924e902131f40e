// /{locale}/glossary: the whole glossary in Kazakh alphabetical order, or the ranked results of
// ?q=…&domain=…, a page of 50 at a time (?page=…), rendered on the server so the search and the
// paging work without JavaScript.
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { localePath } from "@/i18n/navigation";
import { editingEnabled } from "@/server/editing/mode";
import { ClientIntl } from "@/components/intl/client-intl";
import { ExportLinks } from "@/components/search/export-links";
import { GlossarySearch } from "@/components/search/glossary-search";
import { DOMAINS } from "@/lib/glossary/schema";
import { readSearchParams } from "@/lib/search";
import { searchPage } from "@/server/search";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Glossary");
  return { title: t("title") };
}

export default async function GlossaryPage({ searchParams }: Props) {
  const t = await getTranslations("Glossary");
  const editing = await getTranslations("Editing");
  const locale = await getLocale();
  const all = await searchParams;
  const asked = readSearchParams((name) => all[name]);
  const { q, domain, pageText } = asked;
  const { rows, total, slice } = searchPage(asked);
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {editingEnabled() && (
        <p>
          <a href={localePath(locale, "/glossary/new")}>{editing("newLink")}</a> · <a href={localePath(locale, "/glossary/changes")}>{editing("changesLink")}</a>
        </p>
      )}
      <ClientIntl namespaces={["Glossary", "Term", "Pager"]}>
        <GlossarySearch
          domains={DOMAINS}
          query={q}
          domain={domain ?? ""}
          rows={rows}
          total={total}
          page={slice.page}
          pages={slice.pages}
          first={slice.first}
          moved={slice.moved ? pageText : undefined}
        />
      </ClientIntl>
      <ExportLinks />
    </>
  );
}
