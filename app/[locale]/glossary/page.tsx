// /{locale}/glossary: the whole glossary in Kazakh alphabetical order, or the ranked results of
// ?q=…&domain=…, rendered on the server so the search works without JavaScript.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientIntl } from "@/components/intl/client-intl";
import { ExportLinks } from "@/components/search/export-links";
import { GlossarySearch } from "@/components/search/glossary-search";
import { DOMAINS } from "@/lib/glossary/schema";
import { readSearchParams, toResultRow } from "@/lib/search";
import { searchEntries } from "@/server/search";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Glossary");
  return { title: t("title") };
}

export default async function GlossaryPage({ searchParams }: Props) {
  const t = await getTranslations("Glossary");
  const all = await searchParams;
  const { q, domain } = readSearchParams((name) => all[name]);
  const rows = searchEntries(q, domain ? { domain } : {}).map(toResultRow);
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <ClientIntl namespaces={["Glossary", "Term"]}>
        <GlossarySearch domains={DOMAINS} query={q} domain={domain ?? ""} rows={rows} total={rows.length} />
      </ClientIntl>
      <ExportLinks />
    </>
  );
}
