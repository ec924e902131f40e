// The annotate API and the glossary exports over HTTP, against the running production server.
import { execFileSync } from "node:child_process";
import { XMLParser } from "fast-xml-parser";
import { BASE_URL, REPO_ROOT } from "./support/server";

describe("POST /api/annotate over HTTP", () => {
  it("answers spans for a Kazakh text", async () => {
    const text = "Жоғарғы Соттың шешімі";
    const response = await fetch(`${BASE_URL}/api/annotate`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text, lang: "kk" }),
    });
    expect(response.status).toBe(200);
    const { spans } = (await response.json()) as { spans: { termId: string; text: string }[] };
    expect(spans[0]).toMatchObject({ start: 0, end: 14, termId: "supreme-court", text: "Жоғарғы Соттың" });
  });

  it("answers a wrong content type with 415 and a JSON error, and keeps serving", async () => {
    const response = await fetch(`${BASE_URL}/api/annotate`, { method: "POST", headers: { "content-type": "text/plain" }, body: "сот" });
    expect(response.status).toBe(415);
    expect(((await response.json()) as { error: string }).error).toMatch(/application\/json/);
    const big = await fetch(`${BASE_URL}/api/annotate`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: "а".repeat(600_000), lang: "kk" }),
    });
    expect(big.status).toBe(413);
    expect((await fetch(`${BASE_URL}/kk`)).status).toBe(200);
  });
});

describe("glossary exports", () => {
  it("serves the same JSON as `npm run glossary -- export --format json`", async () => {
    const response = await fetch(`${BASE_URL}/exports/glossary.json`);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const cli = execFileSync("npm", ["run", "--silent", "glossary", "--", "export", "--format", "json"], { cwd: REPO_ROOT, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
    expect(await response.json()).toEqual(JSON.parse(cli));
  });

  it.each(["json", "csv", "tbx"])("offers the glossary's %s as a download with the reader's name", async (format) => {
    const response = await fetch(`${BASE_URL}/exports/glossary.${format}`);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="zan-reader-glossary.${format}"`);
  });

  it("serves TBX as UTF-8 XML with one conceptEntry per entry", async () => {
    const response = await fetch(`${BASE_URL}/exports/glossary.tbx`);
    expect(response.headers.get("content-type")).toMatch(/^application\/x-tbx; charset=utf-8/i);
    const tbx = new XMLParser({ ignoreAttributes: false }).parse(await response.text());
    const entries = (await (await fetch(`${BASE_URL}/exports/glossary.json`)).json()) as unknown[];
    expect(tbx.tbx.text.body.conceptEntry).toHaveLength(entries.length);
  });

  it("serves the same TBX as the command line, context sentences from the articles included", async () => {
    const served = await (await fetch(`${BASE_URL}/exports/glossary.tbx`)).text();
    const cli = execFileSync("npm", ["run", "--silent", "glossary", "--", "export", "--format", "tbx"], { cwd: REPO_ROOT, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
    expect(served).toBe(cli);
    expect(served).toContain('<descrip type="context">');
  });

  it("serves CSV as UTF-8 text/csv with a header row", async () => {
    const response = await fetch(`${BASE_URL}/exports/glossary.csv`);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const text = await response.text();
    expect(text.replace(/^\uFEFF/, "").split(/\r?\n/)[0]).toMatch(/^id,status,domains,kk_term/);
    expect(text).toContain("алқабилер соты");
  });
});
