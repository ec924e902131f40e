// A generated 3,000-word article with hundreds of term occurrences, for `npm run audit` to
// measure how the reader copes with a long text. Served only when the server was started with
// ZAN_AUDIT=1 (the audit script does so); otherwise there is no such page. Rendered like a real
// article: the Kazakh text with the page, the rest from its own text.json and cards.json.
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { ArticleContent } from "@/components/article/article-content";
import { getLongArticleView } from "@/server/long-article";

export const dynamic = "force-dynamic";

export default async function AuditArticlePage() {
  if (process.env.ZAN_AUDIT !== "1") notFound();
  const view = getLongArticleView();
  const base = `/${await getLocale()}/audit-article`;
  return <ArticleContent view={view} flashcardsHref="#" base={base} />;
}
