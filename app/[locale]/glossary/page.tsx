// /{locale}/glossary: the whole glossary in Kazakh alphabetical order, or the ranked results of
// ?q=…&domain=…, a page of 50 at a time (?page=…), rendered on the server so the search and the
// paging work without JavaScript.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientIntl } from "@/components/intl/client-intl";
import { ExportLinks } from "@/components/search/export-links";
import { GlossarySearch } from "@/components/search/glossary-search";
import { DOMAINS } from "@/lib/glossary/schema";
import { pageOf } from "@/lib/paging";
import { readSearchParams, RESULTS_PER_PAGE, toResultRow } from "@/lib/search";
import { searchEntries } from "@/server/search";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Glossary");
  return { title: t("title") };
}

export default async function GlossaryPage({ searchParams }: Props) {
  const t = await getTranslations("Glossary");
  const all = await searchParams;
  const { q, domain, page, pageText } = readSearchParams((name) => all[name]);
  const results = searchEntries(q, domain ? { domain } : {});
  const slice = pageOf(results.length, page, RESULTS_PER_PAGE);
  const rows = results.slice(slice.start, slice.end).map(toResultRow);
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <ClientIntl namespaces={["Glossary", "Term", "Pager"]}>
        <GlossarySearch
          domains={DOMAINS}
          query={q}
          domain={domain ?? ""}
          rows={rows}
          total={results.length}
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
