// Runs before every page: refuses what pages do not answer (lib/security/request-guard.ts),
// sends `/` and unprefixed paths to a locale (next-intl), and gives each page its
// Content-Security-Policy: a prerendered page lists the hashes of its own inline scripts (written
// after the build by scripts/csp-hashes.ts), a page rendered on request gets a fresh nonce, which
// Next puts on its scripts. The fixed security headers come from next.config.ts, for every path.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "./i18n/routing";
import { pagePolicy, SECURITY_HEADERS } from "./lib/security/headers";
import { refusePageRequest } from "./lib/security/request-guard";
import { canonicalOrigin } from "./i18n/origin";
import { EDIT_KEY_COOKIE, EDIT_KEY_PARAM, editingEnabled, isEditKey } from "./server/editing/mode";

const i18n = createMiddleware(routing);
/** Read once: the environment does not change under a running server (and a bad value fails at start). */
const configured = canonicalOrigin();
const configuredHost = configured ? new URL(configured).host : null;

let hashesByPath: Record<string, string[]> | undefined;
function prerenderedHashes(pathname: string): string[] | undefined {
  if (hashesByPath === undefined) {
    const file = path.join(process.cwd(), ".next", "zan-csp.json");
    hashesByPath = existsSync(/*turbopackIgnore: true*/ file) ? (JSON.parse(readFileSync(/*turbopackIgnore: true*/ file, "utf8")) as Record<string, string[]>) : {};
  }
  return hashesByPath[pathname];
}

function refuse(status: number, message: string, allow?: string): NextResponse {
  const response = new NextResponse(`${message}\n`, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  if (allow) response.headers.set("allow", allow);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

export default function proxy(request: NextRequest): NextResponse {
  const headers = request.headers;
  const ownHosts = [headers.get("host"), headers.get("x-forwarded-host"), configuredHost].filter((h): h is string => !!h);
  const refusal = refusePageRequest({
    method: request.method,
    origin: headers.get("origin"),
    ownHosts,
    contentLength: headers.get("content-length"),
  });
  if (refusal) return refuse(refusal.status, refusal.message, refusal.allow);

  // Editing mode's printed link (npm run edit): its key becomes an HttpOnly cookie and leaves the
  // address, so it is neither in the history nor sent on to another site.
  const key = request.nextUrl.searchParams.get(EDIT_KEY_PARAM);
  if (key !== null && editingEnabled()) {
    const clean = request.nextUrl.clone();
    clean.searchParams.delete(EDIT_KEY_PARAM);
    const response = NextResponse.redirect(clean, 303);
    if (isEditKey(key)) response.cookies.set(EDIT_KEY_COOKIE, key, { httpOnly: true, sameSite: "strict", path: "/" });
    return response;
  }

  const dev = process.env.NODE_ENV === "development";
  const hashes = dev ? undefined : prerenderedHashes(request.nextUrl.pathname);
  let policy: string;
  if (hashes) policy = pagePolicy({ hashes }, dev);
  else {
    const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
    // A path no page was prerendered for is rendered now (Next reads the nonce from this request
    // header) or is a 404, whose prerendered page's hashes are listed too.
    policy = pagePolicy({ nonce, hashes: prerenderedHashes("/_not-found") ?? [] }, dev);
    headers.set("content-security-policy", policy);
  }
  const response = i18n(request);
  response.headers.set("content-security-policy", policy);
  const alternates = configured ? alternateLinks(configured, request.nextUrl.pathname) : undefined;
  if (alternates) response.headers.set("link", alternates);
  return response;
}

/** Longer paths are no page of this site: they get no links (a 404 needs none). */
const MAX_LINKED_PATH = 256;

/**
 * The page in each interface language, from the configured origin (next-intl's own links are
 * off: it writes them from the request's Host, which a client sets at will).
 */
function alternateLinks(origin: string, pathname: string): string | undefined {
  const [, first, ...rest] = pathname.split("/");
  if (pathname.length > MAX_LINKED_PATH || !routing.locales.some((l) => l === first)) return undefined;
  const tail = rest.length > 0 ? `/${rest.join("/")}` : "";
  const links = routing.locales.map((l) => `<${origin}/${l}${tail}>; rel="alternate"; hreflang="${l}"`);
  links.push(`<${origin}/${routing.defaultLocale}${tail}>; rel="alternate"; hreflang="x-default"`);
  return links.join(", ");
}

export const config = {
  // Skip API routes, exports, Next internals and files with an extension (next.config.ts gives
  // those their headers).
  matcher: ["/((?!api|exports|_next|_vercel|.*\\..*).*)"],
};
