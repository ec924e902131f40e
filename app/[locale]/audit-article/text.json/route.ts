// The generated audit article's other renderings (see ../page.tsx), served, like the page, only
// when the server was started with ZAN_AUDIT=1.
import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { articleTexts } from "@/lib/reader/article-view";
import { getLongArticleView } from "@/server/long-article";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  if (process.env.ZAN_AUDIT !== "1") return Response.json({ error: "not found" }, { status: 404 });
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return Response.json({ error: "no such language" }, { status: 404 });
  return Response.json(articleTexts(getLongArticleView(), locale));
}
