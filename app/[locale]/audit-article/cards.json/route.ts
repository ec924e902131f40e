// The cards of the generated audit article's entries (see ../page.tsx), served, like the page,
// only when the server was started with ZAN_AUDIT=1.
import { getLongArticleView } from "@/server/long-article";

export const dynamic = "force-dynamic";

export async function GET() {
  if (process.env.ZAN_AUDIT !== "1") return Response.json({ error: "not found" }, { status: 404 });
  return Response.json(getLongArticleView().cards);
}
