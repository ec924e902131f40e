// POST /api/annotate: {"text": "…", "lang": "kk"} → {"spans": [...]}, the command line's span
// format. Every refusal is a JSON {"error": "…", "code": "…", "params": {…}}: the words name the
// limit or field, the code and parameters say the same to programs (see
// lib/annotate-request/refusals.ts); any other method is answered 405.
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
import { refusal, type Refusal } from "@/lib/annotate-request/refusals";
import { refusalMessage } from "@/lib/problem-messages";
import { english } from "@/server/english";
import { readGlossary, termIndexOf } from "@/server/content/loaded";

// The body is read here, with its limit; Next's body parser would buffer it first.
export const config = { api: { bodyParser: false, responseLimit: false } };

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(JSON.stringify(body));
}

/** A refusal worded in English, the API's language, beside its code and parameters. */
function refuse(res: ServerResponse, why: Refusal, headers: Record<string, string> = {}): void {
  send(res, why.status, { error: refusalMessage(why, english), code: why.code, params: why.params }, headers);
}

export default async function annotateRoute(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== "POST") {
    refuse(res, refusal("methodNotAllowed"), { allow: "POST" });
    return;
  }
  let parsed;
  try {
    parsed = await parseAnnotateRequest({ contentType: req.headers["content-type"], contentLength: req.headers["content-length"], chunks: req });
  } catch {
    // The client went away in the middle of its body: there is nobody left to answer.
    if (!res.headersSent) refuse(res, refusal("bodyUnread"), { connection: "close" });
    return;
  }
  if (!parsed.ok) {
    // A body left unread (over the limit) is not worth reading to its end: close afterwards.
    refuse(res, parsed.refusal, parsed.refusal.status === 413 ? { connection: "close" } : {});
    return;
  }
  try {
    const spans = annotate(parsed.text, termIndexOf(readGlossary(), parsed.lang), { maxSpans: MAX_SPANS });
    if (spans.length > MAX_SPANS) {
      refuse(res, refusal("tooManySpans", { max: MAX_SPANS }));
      return;
    }
    send(res, 200, { spans });
  } catch (error) {
    console.error("annotate failed", error);
    refuse(res, refusal("serverError"));
  }
}
