// The hardening, as an attacker and a careless client would try it against the production
// server on 127.0.0.1 (each probe a few bounded requests; `npm run probe` prints the figures).
import path from "node:path";
import { annotateBody, blockedInlineScripts, countFiles, markRunText, raw } from "@/scripts/lib/probe/checks";
import { BASE_URL, REPO_ROOT } from "./support/server";

const PAGES = ["/kk", "/ru/articles/supreme-court-chair-beijing", "/en/glossary/court", "/kk/glossary", "/kk/annotate", "/kk/articles/no-such-article", "/zz/glossary"];


describe("security headers", () => {
  it.each(PAGES)("%s has a CSP that allows each of its inline scripts and no 'unsafe-inline' script", async (page) => {
    const response = await fetch(`${BASE_URL}${page}`);
    const policy = response.headers.get("content-security-policy") ?? "";
    expect(policy).toMatch(/frame-ancestors 'none'/);
    expect(/script-src ([^;]*)/.exec(policy)?.[1]).not.toMatch(/unsafe-inline/);
    expect(blockedInlineScripts(await response.text(), policy)).toBe(0);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBeTruthy();
    expect(response.headers.get("permissions-policy")).toBeTruthy();
  });

  it.each(["/api/search?q=sot", "/exports/glossary.csv", "/kk/articles/supreme-court-chair-beijing/text.json"])("%s carries them too", async (url) => {
    const response = await fetch(`${BASE_URL}${url}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-security-policy")).toMatch(/default-src 'none'; frame-ancestors 'none'/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("never reflects the Host or X-Forwarded-Host header into links", async () => {
    const response = await raw(BASE_URL, "GET", `/kk/${"a".repeat(5000)}`, { host: "evil.example", "x-forwarded-host": "evil.example" });
    expect(JSON.stringify(response.headers)).not.toMatch(/evil\.example/);
    const page = await raw(BASE_URL, "GET", "/kk", { host: "evil.example" });
    expect(JSON.stringify(page.headers)).not.toMatch(/evil\.example/);
  });
});

describe("unknown addresses", () => {
  it("are plain 404s, not cached for a year, and write nothing to the build", async () => {
    const serverDir = path.join(REPO_ROOT, ".next", "server");
    const before = countFiles(serverDir);
    for (let i = 0; i < 20; i++) {
      for (const url of [`/kk/articles/probe-${i}`, `/ru/glossary/probe-${i}`, `/probe-${i}.php`, `/xx${i}/articles`]) {
        const response = await fetch(`${BASE_URL}${url}`);
        expect(response.status).toBe(404);
        expect(response.headers.get("cache-control") ?? "").not.toMatch(/s-maxage=31536000/);
      }
    }
    expect(countFiles(serverDir)).toBe(before);
  });
});

describe("odd requests", () => {
  it("answer 405 to methods pages do not take, TRACE included", async () => {
    for (const method of ["TRACE", "PUT", "DELETE", "PATCH"]) {
      const response = await raw(BASE_URL, method, "/kk");
      expect(response.status).toBe(405);
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
    }
    expect((await raw(BASE_URL, "TRACE", "/api/search")).status).toBe(405);
  });

  it("answer a form post from another site 403 and an oversized one 413", async () => {
    const action = { "next-action": "0".repeat(40), "content-type": "text/plain;charset=UTF-8" };
    const foreign = await raw(BASE_URL, "POST", "/kk/annotate", { ...action, origin: "https://evil.example" }, "[]");
    expect(foreign.status).toBe(403);
    const big = Buffer.alloc(1024 * 1024 + 1, 0x61);
    const oversized = await raw(BASE_URL, "POST", "/kk/annotate", { ...action, origin: BASE_URL, "content-length": String(big.length) }, big);
    expect(oversized.status).toBe(413);
  });

  it("refuse a megabyte of combining marks at once (422), while a search sent meanwhile is answered", async () => {
    const started = Date.now();
    const [marks, search] = await Promise.all([
      fetch(`${BASE_URL}/api/annotate`, { method: "POST", headers: { "content-type": "application/json" }, body: annotateBody(markRunText()) }),
      fetch(`${BASE_URL}/api/search?q=sot`),
    ]);
    expect(marks.status).toBe(422);
    expect(((await marks.json()) as { error: string }).error).toMatch(/combining marks in a row/);
    expect(search.status).toBe(200);
    // Bounded, not timed: the old engine took minutes here; anything under the client timeout passes.
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});
