// /{locale}/glossary/new: the form for a new entry (editing mode only; a 404 otherwise).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientIntl } from "@/components/intl/client-intl";
import { EntryForm } from "@/components/editing/entry-form";
import { EditingBanner } from "@/components/editing/editing-banner";
import { emptyForm } from "@/lib/editing/form-state";
import { editingPageOr404 } from "@/server/editing/pages";
import { EditingLocked } from "@/components/editing/editing-locked";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Editing");
  return { title: t("newTitle"), robots: { index: false } };
}

export default async function NewEntryPage() {
  if ((await editingPageOr404()) === "locked") return <EditingLocked />;
  return (
    <ClientIntl namespaces={["Editing", "Glossary"]}>
      <EditingBanner />
      <EntryForm initial={emptyForm()} version={null} isNew />
    </ClientIntl>
  );
}
