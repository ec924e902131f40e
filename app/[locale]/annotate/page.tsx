// /{locale}/annotate: the reader of one's own texts. Paste or open a Kazakh, Russian or English
// text and read it like an article, with the glossary terms marked; the texts are kept in the
// reader's browser only (a library of their texts). The page itself is static; the text goes to
// a server action by POST, only to be marked.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientIntl } from "@/components/intl/client-intl";
import { MAX_PAGE_TEXT_CHARS } from "@/lib/annotate-request/limits";
import { AnnotateForm } from "@/components/annotate/annotate-form";
import { annotateText } from "./actions";
import styles from "@/components/annotate/annotate.module.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Annotate");
  return { title: t("title") };
}

export default async function AnnotatePage() {
  const t = await getTranslations("Annotate");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className={styles.intro}>{t("readerIntro")}</p>
      <p className={styles.intro}>{t("privacy")}</p>
      <ClientIntl namespaces={["Annotate", "Library", "Article", "Term"]}>
        <AnnotateForm limitHint={t("limit", { max: MAX_PAGE_TEXT_CHARS })} annotateText={annotateText} />
      </ClientIntl>
    </>
  );
}
