// An empty page inside the site's layout (header, navigation, footer, fonts): the baseline that
// `npm run audit` measures in the same run as the articles, so what an article adds to the
// framework's and the layout's own cost shows as a ratio. Served only when the server was
// started with ZAN_AUDIT=1, like the generated article.
import { notFound } from "next/navigation";

export const dynamic = "force-dynamic";

export default function AuditEmptyPage() {
  if (process.env.ZAN_AUDIT !== "1") notFound();
  return <h1>Zan Reader</h1>;
}
