// Turns an HTTP request to the annotate API into {text, lang} or a refusal (a status, a code and
// the parameters that name the limit or the field). Framework-free (a content type and a body
// source), so the route handler stays a few lines and the rules are testable on their own.
import { isLang, LANGS, type Lang } from "@/lib/glossary/schema";
import { MAX_BODY_BYTES } from "./limits";
import { readLimitedBody, type BodySource } from "./read-body";
import { refusal, type Refusal } from "./refusals";
import { findLongMarkRun, longMarkRunRefusal } from "./stream-safe";

export type AnnotateRequest = { ok: true; text: string; lang: Lang } | { ok: false; refusal: Refusal };

const fail = (why: Refusal): AnnotateRequest => ({ ok: false, refusal: why });

export interface AnnotateHttpRequest extends BodySource {
  /** The Content-Type header as sent, if any. */
  contentType: string | null | undefined;
}

export async function parseAnnotateRequest(request: AnnotateHttpRequest): Promise<AnnotateRequest> {
  const type = (request.contentType ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") return fail(refusal("contentType", { received: type || "none" }));
  const body = await readLimitedBody(request, MAX_BODY_BYTES);
  if (!body.ok) {
    return body.reason === "tooLarge"
      ? fail(refusal("bodyTooLarge", { limit: MAX_BODY_BYTES, megabytes: MAX_BODY_BYTES / (1024 * 1024) }))
      : fail(refusal("bodyNotUtf8"));
  }
  let json: unknown;
  try {
    json = JSON.parse(body.text);
  } catch (error) {
    return fail(refusal("bodyNotJson", { detail: (error as Error).message }));
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) return fail(refusal("bodyNotObject"));
  const { text, lang } = json as Record<string, unknown>;
  if (text === undefined) return fail(refusal("textMissing"));
  if (typeof text !== "string") return fail(refusal("textNotString"));
  if (!isLang(lang)) return fail(refusal("langInvalid", { allowed: LANGS.map((l) => `"${l}"`).join(", ") }));
  const marks = findLongMarkRun(text);
  if (marks) return fail(longMarkRunRefusal(marks));
  return { ok: true, text, lang };
}
