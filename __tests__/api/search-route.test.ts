// GET /api/search, the glossary page's as-you-type results.
import { NextRequest } from "next/server";
import { GET } from "@/app/api/search/route";

const search = async (query: string) => {
  const response = GET(new NextRequest(`http://127.0.0.1/api/search?${query}`));
  expect(response.status).toBe(200);
  return (await response.json()) as { total: number; page: number; pages: number; results: Record<string, unknown>[] };
};

describe("GET /api/search", () => {
  it("ranks the entry of an inflected form first", async () => {
    const { results } = await search(`q=${encodeURIComponent("алқабилер сотының")}`);
    expect(results[0]).toMatchObject({ id: "jury-trial", kk: "алқабилер соты", ru: "суд присяжных", en: "jury trial", kind: "inflected" });
  });

  it("sends result rows only: terms, domains, status and why each matched, never definitions", async () => {
    const { results } = await search("q=juries");
    expect(results.length).toBeGreaterThan(0);
    for (const row of results) {
      expect(Object.keys(row).filter((k) => k !== "why").sort()).toEqual(["domains", "en", "id", "kind", "kk", "matched", "ru", "status"]);
      expect(Object.keys(row.why as object).every((k) => ["form", "lang", "query", "analysis", "typed", "edits"].includes(k))).toBe(true);
    }
    expect(results[0]!.why).toMatchObject({ query: "juries", analysis: { lemma: "jury", suffixes: [{ form: "ies", tag: "plural" }] } });
  });

  it("filters by domain and ignores an unknown one", async () => {
    const filtered = await search("q=&domain=anti-corruption");
    expect(filtered.results.every((r) => (r.domains as string[]).includes("anti-corruption"))).toBe(true);
    const unknown = await search("q=&domain=astrology");
    expect(unknown.total).toBeGreaterThan(filtered.total);
  });

  it("caps the rows sent while telling the total", async () => {
    const { total, results } = await search("q=");
    expect(total).toBeGreaterThan(results.length);
    expect(results).toHaveLength(50);
  });

  it("sends the page asked for, the last one past the end, the first for a page that is not a number", async () => {
    const first = await search("q=");
    const second = await search("q=&page=2");
    expect(second).toMatchObject({ total: first.total, page: 2, pages: Math.ceil(first.total / 50) });
    expect(second.results).toHaveLength(50);
    expect(second.results.map((r) => r.id)).not.toContain(first.results[0]!.id);
    const last = await search("q=&page=999999");
    expect(last.page).toBe(last.pages);
    expect(last.results).toHaveLength(first.total - 50 * (last.pages - 1));
    expect((await search("q=&page=two")).page).toBe(1);
  });
});
