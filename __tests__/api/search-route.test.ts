// GET /api/search, the glossary page's as-you-type results.
import { NextRequest } from "next/server";
import { GET } from "@/app/api/search/route";

const search = async (query: string) => {
  const response = GET(new NextRequest(`http://127.0.0.1/api/search?${query}`));
  expect(response.status).toBe(200);
  return (await response.json()) as { total: number; results: Record<string, unknown>[] };
};

describe("GET /api/search", () => {
  it("ranks the entry of an inflected form first", async () => {
    const { results } = await search(`q=${encodeURIComponent("алқабилер сотының")}`);
    expect(results[0]).toMatchObject({ id: "jury-trial", kk: "алқабилер соты", ru: "суд присяжных", en: "jury trial", kind: "inflected" });
  });

  it("sends result rows only: terms, domains and status, never definitions", async () => {
    const { results } = await search("q=jury");
    expect(results.length).toBeGreaterThan(0);
    for (const row of results) expect(Object.keys(row).sort()).toEqual(["domains", "en", "id", "kind", "kk", "matched", "ru", "status"]);
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
});
