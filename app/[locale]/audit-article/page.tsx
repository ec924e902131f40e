// A generated 3,000-word article with hundreds of term occurrences, for `npm run audit` to
// measure how the reader copes with a long text. Served only when the server was started with
// ZAN_AUDIT=1 (the audit script does so); otherwise there is no such page.
import { notFound } from "next/navigation";
import { ArticleContent } from "@/components/article/article-content";
import { buildArticleView } from "@/server/article-view";
import { makeLongArticle } from "@/server/long-article";

export const dynamic = "force-dynamic";

export default async function AuditArticlePage() {
  if (process.env.ZAN_AUDIT !== "1") notFound();
  const view = buildArticleView(makeLongArticle(3000));
  return <ArticleContent view={view} flashcardsHref="#" />;
}
