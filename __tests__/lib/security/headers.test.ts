import { createHash } from "node:crypto";
import { pagePolicy, SECURITY_HEADERS } from "@/lib/security/headers";
import { inlineScriptHashes } from "@/lib/security/inline-scripts";
import { canonicalOrigin } from "@/i18n/origin";

const sha = (text: string) => createHash("sha256").update(text).digest("base64");

describe("security headers", () => {
  it("send nosniff, a referrer policy, a permissions policy and no framing on every response", () => {
    expect(SECURITY_HEADERS).toEqual(
      expect.objectContaining({ "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY", "Referrer-Policy": expect.any(String), "Permissions-Policy": expect.any(String) }),
    );
    expect(SECURITY_HEADERS["Content-Security-Policy"]).toMatch(/frame-ancestors 'none'/);
  });

  it("let a page run this site's scripts and the inline ones named by hash or nonce, never 'unsafe-inline'", () => {
    const policy = pagePolicy({ hashes: ["abc="], nonce: "n0nce" });
    const scripts = /script-src ([^;]*)/.exec(policy)![1]!;
    expect(scripts.split(" ")).toEqual(["'self'", "'sha256-abc='", "'nonce-n0nce'"]);
    expect(policy).toMatch(/frame-ancestors 'none'/);
    expect(policy).toMatch(/object-src 'none'/);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it("hash a page's inline scripts as the browser does, skipping scripts with a src and JSON data", () => {
    const html = `<script src="/a.js" async=""></script><script>self.__next_f.push([0])</script><script type="application/ld+json">{}</script><script>x&amp;y</script>`;
    expect(inlineScriptHashes(html)).toEqual([sha("self.__next_f.push([0])"), sha("x&amp;y")]);
  });

  it("write alternate links from the configured origin only", () => {
    expect(canonicalOrigin({})).toBeUndefined();
    expect(canonicalOrigin({ ZAN_ORIGIN: "https://zan.example.kz/some/path" })).toBe("https://zan.example.kz");
    expect(() => canonicalOrigin({ ZAN_ORIGIN: "zan.example.kz" })).toThrow(/ZAN_ORIGIN.*not an absolute URL/);
  });
});
