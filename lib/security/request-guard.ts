// What a request to a page must be before the app spends anything on it: a method pages answer,
// a form post from this site's own pages, a form body within the limit. Each refusal is a status
// with a plain message: never the 500 Next answers for these on its own.

/** Server actions (the /annotate form) refuse larger bodies; Next's own default, kept. */
export const MAX_FORM_BYTES = 1024 * 1024;

export type Refusal = { status: 403 | 405 | 411 | 413; message: string; allow?: string };

export interface PageRequest {
  method: string;
  /** The Origin header, if any. */
  origin: string | null;
  /** The hosts this request may come from: its own Host (and X-Forwarded-Host behind a proxy), and the configured origin's. */
  ownHosts: readonly string[];
  contentLength: string | null;
}

/** The host an Origin header names ("http://127.0.0.1:3000" -> "127.0.0.1:3000"); undefined for "null" or garbage. */
export function originHost(origin: string): string | undefined {
  try {
    return new URL(origin).host || undefined;
  } catch {
    return undefined;
  }
}

export function refusePageRequest(request: PageRequest): Refusal | undefined {
  const method = request.method.toUpperCase();
  if (method === "GET" || method === "HEAD") return undefined;
  // A form posted without JavaScript carries its action in the body, not in Next's header.
  if (method !== "POST") {
    return { status: 405, message: `${method} is not allowed here: pages answer GET and HEAD.`, allow: "GET, HEAD" };
  }
  if (request.origin !== null) {
    const host = originHost(request.origin);
    if (!host || !request.ownHosts.includes(host)) {
      return { status: 403, message: "Forms are accepted only from this site's own pages (the Origin header names another site)." };
    }
  }
  if (request.contentLength === null) return { status: 411, message: "A form post must state its Content-Length." };
  const length = Number(request.contentLength);
  if (!Number.isFinite(length) || length < 0) return { status: 411, message: "A form post must state its Content-Length." };
  if (length > MAX_FORM_BYTES) {
    return { status: 413, message: `The form is larger than the limit of ${MAX_FORM_BYTES} bytes (1 MB).` };
  }
  return undefined;
}
