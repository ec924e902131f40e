// POST /api/annotate: {"text": "…", "lang": "kk"} → {"spans": [...]}, the command line's span
// format. Every refusal is a JSON {"error": "…"} naming the limit or field (see
// lib/annotate-request); any other method is answered 405.
//
// A Pages API route on purpose, not an App Router route handler: it works on Node's own request
// and response, where a route handler first turns both into web streams. Under `npm run load`
// that conversion cost more than annotating the text itself: the same engine answered about
// 500 requests/s with p99 ≈ 50 ms as a route handler and 750–800 requests/s with p99 ≈ 30 ms
// here. Plain Node types, so a test can serve it with node:http as it is.
import type { IncomingMessage, ServerResponse } from "node:http";
import { annotate } from "@/lib/annotate";
import { MAX_SPANS } from "@/lib/annotate-request/limits";
import { parseAnnotateRequest } from "@/lib/annotate-request/parse-request";
import { readGlossary, termIndexOf } from "@/server/content-source";

// The body is read here, with its limit; Next's body parser would buffer it first.
export const config = { api: { bodyParser: false, responseLimit: false } };

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(JSON.stringify(body));
}

export default async function annotateRoute(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== "POST") {
    send(res, 405, { error: 'Only POST is allowed here, with a JSON body {"text": "…", "lang": "kk"}.' }, { allow: "POST" });
    return;
  }
  let parsed;
  try {
    parsed = await parseAnnotateRequest({ contentType: req.headers["content-type"], contentLength: req.headers["content-length"], chunks: req });
  } catch {
    // The client went away in the middle of its body: there is nobody left to answer.
    if (!res.headersSent) send(res, 400, { error: "The request body could not be read to its end." }, { connection: "close" });
    return;
  }
  if (!parsed.ok) {
    // A body left unread (over the limit) is not worth reading to its end: close afterwards.
    send(res, parsed.status, { error: parsed.error }, parsed.status === 413 ? { connection: "close" } : {});
    return;
  }
  try {
    const spans = annotate(parsed.text, termIndexOf(readGlossary(), parsed.lang), { maxSpans: MAX_SPANS });
    if (spans.length > MAX_SPANS) {
      send(res, 422, {
        error: `The text has more than ${MAX_SPANS} term occurrences; one answer holds at most ${MAX_SPANS}. Send the text in parts.`,
      });
      return;
    }
    send(res, 200, { spans });
  } catch (error) {
    console.error("annotate failed", error);
    send(res, 500, { error: "The text could not be annotated because of a server error." });
  }
}
