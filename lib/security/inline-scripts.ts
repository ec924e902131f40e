// The sha256 hashes (base64, as CSP writes them) of a page's inline scripts: what a
// Content-Security-Policy must list for a prerendered page to run without 'unsafe-inline'.
// A script's text is hashed exactly as it stands between its tags, which is what the browser
// hashes (script content is raw text: no entities are decoded inside it).
import { createHash } from "node:crypto";

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = "", body = ""] of html.matchAll(SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes)) continue;
    if (/\btype\s*=\s*["']?application\/(ld\+)?json/i.test(attributes)) continue;
    hashes.add(createHash("sha256").update(body, "utf8").digest("base64"));
  }
  return [...hashes];
}
