// /{locale}/glossary/changes: the entry files changed since the last commit, each with its
// difference, and a link to edit it (editing mode only; a 404 otherwise). Committing is left to
// the editor, with git.
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { EditingBanner } from "@/components/editing/editing-banner";
import { glossaryChanges } from "@/server/editing/changes";
import { editingPageOr404 } from "@/server/editing/pages";
import { EditingLocked } from "@/components/editing/editing-locked";
import styles from "@/components/editing/editing.module.css";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Editing");
  return { title: t("changesTitle"), robots: { index: false } };
}

export default async function ChangesPage() {
  if ((await editingPageOr404()) === "locked") return <EditingLocked />;
  const t = await getTranslations("Editing");
  const locale = await getLocale();
  const result = glossaryChanges();
  const state = { added: t("stateAdded"), modified: t("stateModified"), deleted: t("stateDeleted") };
  return (
    <>
      <EditingBanner />
      <h1>{t("changesTitle")}</h1>
      <p>{t("changesIntro")}</p>
      {!result.ok && <p className={styles.refused}>{t("notGit", { reason: result.reason })}</p>}
      {result.ok && result.changes.length === 0 && <p>{t("changesNone")}</p>}
      {result.ok && result.articles.length > 0 && (
        <section aria-labelledby="changed-articles">
          <h2 id="changed-articles">{t("changedArticles")}</h2>
          <ul>
            {result.articles.map((article) => (
              <li key={article.slug} data-article={article.slug} data-state={article.state}>
                <code>articles/{article.slug}/</code> ({state[article.state]}){" "}
                {article.state !== "deleted" && <a href={`/${locale}/articles/check/${article.slug}`}>{t("checkArticle")}</a>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {result.ok && result.changes.length > 0 && (
        <ul className={styles.changes}>
          {result.changes.map((change) => (
            <li key={change.file} data-entry={change.id} data-state={change.state}>
              <h2>
                <code>{change.file}</code> ({state[change.state]})
              </h2>
              {change.state !== "deleted" && <a href={`/${locale}/glossary/${change.id}/edit`}>{t("editThis")}</a>}
              {change.diff.length > 0 && (
                <pre className={styles.diff}>
                  {change.diff.map((line, i) => (
                    <span key={i} className={line.startsWith("+") ? styles.added : line.startsWith("-") ? styles.removed : undefined}>
                      {line}
                      {"\n"}
                    </span>
                  ))}
                </pre>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
