// Turns an HTTP request to the annotate API into {text, lang} or a status with a clear error
// message naming the limit or the field. Framework-free (a content type and a body source), so
// the route handler stays a few lines and the rules are testable on their own.
import { isLang, LANGS, type Lang } from "@/lib/glossary/schema";
import { MAX_BODY_BYTES } from "./limits";
import { readLimitedBody, type BodySource } from "./read-body";
import { findLongMarkRun, longMarkRunMessage } from "./stream-safe";

export type AnnotateRequest = { ok: true; text: string; lang: Lang } | { ok: false; status: number; error: string };

const fail = (status: number, error: string): AnnotateRequest => ({ ok: false, status, error });

export interface AnnotateHttpRequest extends BodySource {
  /** The Content-Type header as sent, if any. */
  contentType: string | null | undefined;
}

export async function parseAnnotateRequest(request: AnnotateHttpRequest): Promise<AnnotateRequest> {
  const type = (request.contentType ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") {
    return fail(415, `Content-Type must be application/json (got ${type ? `“${type}”` : "none"}).`);
  }
  const body = await readLimitedBody(request, MAX_BODY_BYTES);
  if (!body.ok) {
    return body.reason === "tooLarge"
      ? fail(413, `The request body is larger than the limit of ${MAX_BODY_BYTES} bytes (1 MB).`)
      : fail(400, "The request body is not valid UTF-8.");
  }
  let json: unknown;
  try {
    json = JSON.parse(body.text);
  } catch (error) {
    return fail(400, `The request body is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return fail(400, 'The request body must be a JSON object: {"text": "…", "lang": "kk"}.');
  }
  const { text, lang } = json as Record<string, unknown>;
  if (text === undefined) return fail(400, 'Field "text" is missing: send the text to annotate as a string.');
  if (typeof text !== "string") return fail(400, 'Field "text" must be a string.');
  if (!isLang(lang)) {
    return fail(400, `Field "lang" must be one of ${LANGS.map((l) => `"${l}"`).join(", ")}.`);
  }
  const marks = findLongMarkRun(text);
  if (marks) return fail(422, longMarkRunMessage(marks));
  return { ok: true, text, lang };
}
