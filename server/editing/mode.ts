// The editing mode's gate. Editing exists only when the server was started with ZAN_EDIT=1
// (`npm run edit`, which also binds it to 127.0.0.1); otherwise every editing page and route is a
// plain 404, so a public deployment has none. It answers only requests addressed to this machine
// by a loopback name (a page of another site that resolves its own name to 127.0.0.1 — DNS
// rebinding — is refused by its Host), and changes only from its own pages (a foreign Origin is
// refused; tools such as curl send none).

/** Bodies the editing API reads: an entry with long definitions is a few kB. */
export const MAX_EDIT_BYTES = 256 * 1024;

export const editingEnabled = (): boolean => process.env.ZAN_EDIT === "1";

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** The host name of a Host header value ("127.0.0.1:3000" -> "127.0.0.1"), lower-cased. */
function hostName(host: string): string {
  const trimmed = host.trim().toLowerCase();
  if (trimmed.startsWith("[")) return trimmed.slice(0, trimmed.indexOf("]") + 1);
  return trimmed.replace(/:\d+$/, "");
}

export const isLoopbackHost = (host: string | null): boolean => host !== null && LOOPBACK_HOSTS.has(hostName(host));

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
}

/** Why an editing request is refused, or undefined when it may go on. */
export function refuseEditRequest(request: EditRequest): EditRefusal | undefined {
  if (!editingEnabled()) return { status: 404, error: "Not found." };
  if (!isLoopbackHost(request.host)) return { status: 403, error: "Editing answers only on this machine: open it at http://127.0.0.1 (npm run edit)." };
  if (request.method === "GET" || request.method === "HEAD") return undefined;
  if (request.origin !== null) {
    let host: string | undefined;
    try {
      host = new URL(request.origin).host;
    } catch {
      host = undefined;
    }
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
