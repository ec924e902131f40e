// /{locale}/glossary/{id}/edit: the form of an existing entry, filled from its file as it is on
// disk now, with the version it was read at (editing mode only; a 404 otherwise).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientIntl } from "@/components/intl/client-intl";
import { EntryForm } from "@/components/editing/entry-form";
import { EditingBanner } from "@/components/editing/editing-banner";
import { formOf } from "@/lib/editing/form-state";
import { readEntry } from "@/server/editing/entries";
import { getEntry } from "@/server/content";
import { editingPageOr404 } from "@/server/editing/pages";
import { EditingLocked } from "@/components/editing/editing-locked";

/** The related entries' terms, for the form to show beside their ids (an id no entry has shows alone, and check reports it). */
function relatedNames(ids: readonly string[]): Record<string, string> {
  const names: Record<string, string> = {};
  try {
    for (const id of ids) {
      const entry = getEntry(id);
      if (entry) names[id] = `${entry.kk.term} — ${entry.ru.term} — ${entry.en.term}`;
    }
  } catch {
    // Another file of the glossary is broken (the form's check says which): the ids show alone.
  }
  return names;
}

type Props = { params: Promise<{ locale: string; id: string }> };

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("Editing");
  return { title: t("editTitle", { id: (await params).id }), robots: { index: false } };
}

export default async function EditEntryPage({ params }: Props) {
  if ((await editingPageOr404()) === "locked") return <EditingLocked />;
  const entry = readEntry((await params).id);
  if (!entry) notFound();
  if (entry.broken.length > 0) {
    const t = await getTranslations("Editing");
    const all = await getTranslations();
    return (
      <>
        <EditingBanner />
        <h1>{t("editTitle", { id: entry.id })}</h1>
        <p>{t("brokenFile", { file: entry.file })}</p>
        <ul>
          {entry.broken.map((p, i) => (
            <li key={i}>
              {p.file}:{p.line}:{p.column} {all(`Problem.${p.code}` as Parameters<typeof all>[0], p.params as Parameters<typeof all>[1])}
            </li>
          ))}
        </ul>
      </>
    );
  }
  const form = formOf(entry.data);
  return (
    <ClientIntl namespaces={["Editing", "Glossary"]}>
      <EditingBanner />
      <EntryForm initial={form} version={entry.version} isNew={false} names={relatedNames(form.related)} />
    </ClientIntl>
  );
}
