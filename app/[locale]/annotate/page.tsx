// /{locale}/annotate: paste a Kazakh, Russian or English text and get it back with the glossary
// terms marked. The page itself is static; the text goes to a server action by POST.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientIntl } from "@/components/intl/client-intl";
import { MAX_PAGE_TEXT_CHARS } from "@/lib/annotate-request/limits";
import { AnnotateForm } from "@/components/annotate/annotate-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Annotate");
  return { title: t("title") };
}

export default async function AnnotatePage() {
  const t = await getTranslations("Annotate");
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <ClientIntl namespaces={["Annotate", "Term"]}>
        <AnnotateForm limitHint={t("limit", { max: MAX_PAGE_TEXT_CHARS })} />
      </ClientIntl>
    </>
  );
}
