// POST /api/annotate: {"text": "…", "lang": "kk"} → {"spans": [...]}, the command line's span
// format. Every refusal is a JSON {"error": "…"} naming the limit or field (see
// lib/annotate-request); any other method is answered 405.
import { annotate } from "@/lib/annotate";
import { parseAnnotateRequest } from "@/lib/annotate-request/parse-request";
import { getTermIndex } from "@/server/content";

export async function POST(request: Request): Promise<Response> {
  const parsed = await parseAnnotateRequest(request);
  if (!parsed.ok) return Response.json({ error: parsed.error }, { status: parsed.status });
  try {
    const spans = annotate(parsed.text, getTermIndex(parsed.lang));
    return Response.json({ spans });
  } catch (error) {
    console.error("annotate failed", error);
    return Response.json({ error: "The text could not be annotated because of a server error." }, { status: 500 });
  }
}

const methodNotAllowed = (): Response =>
  Response.json({ error: "Only POST is allowed here, with a JSON body {\"text\": \"…\", \"lang\": \"kk\"}." }, {
    status: 405,
    headers: { Allow: "POST" },
  });

export { methodNotAllowed as GET, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
