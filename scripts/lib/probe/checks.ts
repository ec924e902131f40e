// The security probes of issue-level hardening, each a bounded set of requests to a running
// server on 127.0.0.1: what an attacker or a careless client sends, and what must come back.
// Shared by the e2e suite (__tests__/e2e/security.test.ts, which asserts) and `npm run probe`
// (which prints the figures). Nothing here sends traffic anywhere but the given loopback base.
import { createHash } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import { request } from "node:http";
import path from "node:path";

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request by hand (fetch cannot send TRACE, or set Host). */
export function raw(base: string, method: string, path: string, headers: Record<string, string> = {}, body?: string | Buffer): Promise<RawResponse> {
  const url = new URL(path, base);
  if (url.hostname !== "127.0.0.1" && url.hostname !== "localhost") throw new Error(`probes go to loopback only, not ${url.hostname}`);
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, timeout: 30_000 }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on("timeout", () => req.destroy(new Error(`${method} ${path}: no answer in 30 s`)));
    req.on("error", reject);
    req.end(body);
  });
}

/** The inline scripts of a page that its Content-Security-Policy does not allow (by hash or nonce). */
export function blockedInlineScripts(html: string, policy: string): number {
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  let blocked = 0;
  for (const [, attributes = "", body = ""] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/.test(attributes)) continue;
    const hash = createHash("sha256").update(body, "utf8").digest("base64");
    if (!policy.includes(`'sha256-${hash}'`) && !(nonce && attributes.includes(`nonce="${nonce}"`))) blocked++;
  }
  return blocked;
}

export const annotateBody = (text: string, lang = "kk") => JSON.stringify({ text, lang });

/** The adversarial text of the first finding: a letter and 262,000 + 262,000 combining marks (1 MB). */
export const markRunText = () => `а${"\u0301".repeat(262_000)}${"\u0334".repeat(262_000)}`;

/** Files below `dir`: what unknown addresses must not add to the build's cache. */
export function countFiles(dir: string): number {
  let n = 0;
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    n += statSync(full).isDirectory() ? countFiles(full) : 1;
  }
  return n;
}
