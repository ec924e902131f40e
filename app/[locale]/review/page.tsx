// /{locale}/review: the terms the reader saved from the cards, reviewed one at a time when FSRS
// says they are due, with the list of saved terms, the learner's settings and their data's
// export and import. The page is static: all of it is the reader's own data, which stays in the
// browser (IndexedDB), so the client part (components/learner/review-app.tsx) reads and shows it.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientIntl } from "@/components/intl/client-intl";
import { ReviewApp } from "@/components/learner/review-app";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Review");
  return { title: t("title") };
}

export default async function ReviewPage() {
  const t = await getTranslations("Review");
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <ClientIntl namespaces={["Review"]}>
        <ReviewApp />
      </ClientIntl>
    </>
  );
}
