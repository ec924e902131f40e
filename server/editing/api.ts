// What the editing API's route handlers share: the gate (server/editing/mode.ts) applied to a
// request, the JSON body read within its limit, and the answers' shape. Every answer is JSON and
// never cached.
import { MAX_EDIT_BYTES, refuseEditRequest, requestKey } from "@/server/editing/mode";
import { readLimitedBody } from "@/lib/annotate-request/read-body";
import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import type { Translate } from "@/lib/problem-messages";

const NO_STORE = { "cache-control": "no-store" };

export const answer = (body: unknown, status = 200, headers: Record<string, string> = {}): Response => Response.json(body, { status, headers: { ...NO_STORE, ...headers } });

/** A refusal of the gate as an answer, or undefined when the request may go on. */
export function gate(request: Request): Response | undefined {
  const refusal = refuseEditRequest({
    method: request.method,
    host: request.headers.get("host"),
    origin: request.headers.get("origin"),
    contentType: request.headers.get("content-type"),
    contentLength: request.headers.get("content-length"),
    key: requestKey(request.headers),
  });
  return refusal ? answer({ error: refusal.error }, refusal.status) : undefined;
}

/** The JSON object of the body, or the answer refusing it. */
export async function jsonBody(request: Request): Promise<{ value: Record<string, unknown> } | { refused: Response }> {
  // A web ReadableStream is async-iterable in Node (the DOM types do not say so).
  const empty: AsyncIterable<Uint8Array> = { [Symbol.asyncIterator]: async function* () {} };
  const body = await readLimitedBody({ contentLength: request.headers.get("content-length"), chunks: (request.body as AsyncIterable<Uint8Array> | null) ?? empty }, MAX_EDIT_BYTES);
  if (!body.ok && body.reason === "tooLarge") return { refused: answer({ error: `The body is larger than the limit of ${MAX_EDIT_BYTES} bytes (256 KB).` }, 413) };
  if (!body.ok) return { refused: answer({ error: "The body is not UTF-8 text." }, 400) };
  let value: unknown;
  try {
    value = JSON.parse(body.text);
  } catch (error) {
    return { refused: answer({ error: `The body is not JSON: ${(error as Error).message}` }, 400) };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { refused: answer({ error: "The body must be a JSON object: an entry." }, 400) };
  return { value: value as Record<string, unknown> };
}

/**
 * The problems' wording in the form's interface language (?locale=kk; English by default),
 * through next-intl with the messages the pages use (the route is outside the [locale] segment,
 * so the locale is passed explicitly).
 */
export async function translatorOf(request: Request): Promise<Translate> {
  const asked = new URL(request.url).searchParams.get("locale");
  const locale = routing.locales.find((l) => l === asked) ?? "en";
  const t = await getTranslations({ locale });
  // The problem codes are the catalog's keys (a test checks each has a message in every language).
  return (key, params) => t(key as Parameters<typeof t>[0], params as Parameters<typeof t>[1]);
}

/** The entry of a request body without the editing fields the file does not hold. */
export function entryOfBody(body: Record<string, unknown>): { data: Record<string, unknown>; version: string | null | "invalid" } {
  const { version, ...data } = body;
  return { data, version: version === undefined || version === null ? null : typeof version === "string" ? version : "invalid" };
}
