// The security headers of every response, in one place: next.config.ts sends the fixed ones on
// every path (static files, API, exports included) and proxy.ts adds each page's
// Content-Security-Policy, whose script sources depend on the page (see csp.ts).

/** Sent on every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  // For browsers without CSP frame-ancestors; the CSP below says the same.
  "X-Frame-Options": "DENY",
  // Anything that is not a page (JSON, CSV, TBX, scripts, fonts) may load nothing and be framed
  // nowhere; pages get their own policy from proxy.ts.
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
};

/**
 * A page's policy. Scripts: this site's files, and inline scripts only by their sha256 hash (a
 * prerendered page, whose inline scripts are known after the build) or by a per-request nonce (a
 * page rendered on request, to which Next gives the nonce). Never 'unsafe-inline' for scripts.
 * Styles may be inline: React and Radix set style attributes, which cannot carry a nonce.
 */
export function pagePolicy(scriptSources: { hashes?: readonly string[]; nonce?: string }, dev = false): string {
  const script = ["'self'", ...(scriptSources.hashes ?? []).map((h) => `'sha256-${h}'`)];
  if (scriptSources.nonce) script.push(`'nonce-${scriptSources.nonce}'`);
  // next dev evaluates its modules from strings.
  if (dev) script.push("'unsafe-eval'");
  return [
    "default-src 'self'",
    `script-src ${script.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
