// The editing mode's gate. Editing exists only in a development server started by `npm run edit`
// (scripts/edit.ts): it sets ZAN_EDIT=1 and a random key for the process, ZAN_EDIT_KEY, and binds
// to 127.0.0.1. Otherwise every editing page and route is a plain 404, so a production server or
// a deployment has none, whatever its environment says. A request must carry the key: the link
// `npm run edit` prints sets it as an HttpOnly, SameSite=Strict cookie (proxy.ts), tools send it
// as the X-Zan-Edit-Key header. So neither another site in the browser (no cookie goes with a
// cross-site request, and a foreign Origin is refused) nor anyone else on the machine or the
// network who reaches the port (no key) can change a file. The Host must be a loopback name, which
// also stops a page that resolves its own name to 127.0.0.1 (DNS rebinding).
import { timingSafeEqual } from "node:crypto";
import { originHost } from "@/lib/security/request-guard";

/** Bodies the editing API reads: an entry with long definitions is a few kB. */
export const MAX_EDIT_BYTES = 256 * 1024;

/** The cookie and the header that carry the key, and the query parameter of the printed link. */
export const EDIT_KEY_COOKIE = "zan-edit-key";
export const EDIT_KEY_HEADER = "x-zan-edit-key";
export const EDIT_KEY_PARAM = "edit-key";

const editKey = (): string | undefined => {
  const key = process.env.ZAN_EDIT_KEY;
  return key && key.length >= 16 ? key : undefined;
};

export const editingEnabled = (): boolean => process.env.ZAN_EDIT === "1" && process.env.NODE_ENV !== "production" && editKey() !== undefined;

/** Whether `given` is this process's key (compared in constant time). */
export function isEditKey(given: string | null | undefined): boolean {
  const key = editKey();
  if (!key || !given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(key);
  return a.length === b.length && timingSafeEqual(a, b);
}

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** The host name of a Host header value ("127.0.0.1:3000" -> "127.0.0.1"), lower-cased. */
function hostName(host: string): string {
  const trimmed = host.trim().toLowerCase();
  if (trimmed.startsWith("[")) return trimmed.slice(0, trimmed.indexOf("]") + 1);
  return trimmed.replace(/:\d+$/, "");
}

export const isLoopbackHost = (host: string | null): boolean => host !== null && LOOPBACK_HOSTS.has(hostName(host));

/** The key a request carries: its header, or its cookie. */
export function requestKey(headers: { get(name: string): string | null }): string | null {
  const header = headers.get(EDIT_KEY_HEADER);
  if (header) return header;
  for (const part of (headers.get("cookie") ?? "").split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === EDIT_KEY_COOKIE) return decodeURIComponent(value.join("="));
  }
  return null;
}

export interface EditRefusal {
  status: 403 | 404 | 411 | 413 | 415;
  error: string;
}

export interface EditRequest {
  method: string;
  host: string | null;
  origin: string | null;
  contentType: string | null;
  contentLength: string | null;
  /** The key the request carries (requestKey). */
  key: string | null;
}

export const MISSING_KEY = "Editing needs the key npm run edit printed: open the link it printed (tools send the key as the X-Zan-Edit-Key header).";

/** Why an editing request is refused, or undefined when it may go on. */
export function refuseEditRequest(request: EditRequest): EditRefusal | undefined {
  if (!editingEnabled()) return { status: 404, error: "Not found." };
  if (!isLoopbackHost(request.host)) return { status: 403, error: "Editing answers only on this machine: open it at http://127.0.0.1 (npm run edit)." };
  if (!isEditKey(request.key)) return { status: 403, error: MISSING_KEY };
  if (request.method === "GET" || request.method === "HEAD") return undefined;
  if (request.origin !== null) {
    const host = originHost(request.origin);
    if (host === undefined || host !== request.host) return { status: 403, error: "Changes are accepted only from the editing pages themselves (the Origin header names another site)." };
  }
  if (!/^application\/json(?:\s*;|$)/i.test(request.contentType ?? "")) return { status: 415, error: "The body must be JSON (Content-Type: application/json)." };
  if (request.contentLength !== null) {
    const length = Number(request.contentLength);
    if (!Number.isFinite(length) || length < 0) return { status: 411, error: "The Content-Length is not a number." };
    if (length > MAX_EDIT_BYTES) return { status: 413, error: `The body is larger than the limit of ${MAX_EDIT_BYTES} bytes (256 KB).` };
  }
  return undefined;
}
