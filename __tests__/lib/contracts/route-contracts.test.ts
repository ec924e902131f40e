// Each contract's guard accepts what the route's own code answers, and refuses an answer with a
// field missing or of the wrong type: the browser then shows its error state instead of breaking.
import { NextRequest } from "next/server";
import { GET as searchRoute } from "@/app/api/search/route";
import { GET as textRoute } from "@/app/[locale]/articles/[slug]/text.json/route";
import { GET as cardsRoute } from "@/app/[locale]/articles/[slug]/cards.json/route";
import { isArticleTexts } from "@/lib/contracts/article-texts";
import type { Guard } from "@/lib/contracts/guard";
import { isSearchResponse } from "@/lib/contracts/search-response";
import { isTermCards } from "@/lib/contracts/term-cards";

const SLUG = "supreme-court-chair-beijing";

const search = async (query: string): Promise<unknown> => {
  const response = searchRoute(new NextRequest(`http://127.0.0.1/api/search?${query}`));
  expect(response.status).toBe(200);
  return response.json();
};

async function articleFile(route: typeof textRoute, locale = "en"): Promise<unknown> {
  const response = await route(new Request(`http://127.0.0.1/${locale}/articles/${SLUG}/x.json`), { params: Promise.resolve({ locale, slug: SLUG }) });
  expect(response.status).toBe(200);
  return response.json();
}

/** A deep copy of `value` with `edit` applied to it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the edits break the type on purpose
function changed<T>(value: T, edit: (copy: any) => void): unknown {
  const copy = structuredClone(value);
  edit(copy);
  return copy;
}

function whereWrong<T>(guard: Guard<T>, value: unknown): string | undefined {
  let where: string | undefined;
  return guard(value, (path) => (where = path)) ? undefined : where;
}

describe("GET /api/search and its contract", () => {
  it("accepts the route's answers: plain, inflected with grammar, typed in Latin, misspelt, empty", async () => {
    for (const query of [`q=${encodeURIComponent("алқабилер сотының")}`, "q=juries", "q=alqabiler", "q=jurry", "q=", "q=zzzzqqq", "domain=courts"]) {
      const body = await search(query);
      expect([query, whereWrong(isSearchResponse, body)]).toEqual([query, undefined]);
    }
  });

  it("refuses an answer with a field missing or of the wrong type", async () => {
    const body = (await search("q=juries")) as { results: { why?: unknown }[] };
    expect(body.results[0]!.why).toBeDefined();
    expect(whereWrong(isSearchResponse, changed(body, (b) => delete b.total))).toBe("total");
    expect(whereWrong(isSearchResponse, changed(body, (b) => (b.total = "12")))).toBe("total");
    expect(whereWrong(isSearchResponse, changed(body, (b) => (b.results = {})))).toBe("results");
    expect(whereWrong(isSearchResponse, changed(body, (b) => delete b.results[0].kk))).toBe("results.0.kk");
    expect(whereWrong(isSearchResponse, changed(body, (b) => (b.results[0].status = "final")))).toBe("results.0.status");
    expect(whereWrong(isSearchResponse, changed(body, (b) => (b.results[0].domains = ["astrology"])))).toBe("results.0.domains.0");
    expect(whereWrong(isSearchResponse, changed(body, (b) => (b.results[0].kind = 1)))).toBe("results.0.kind");
    expect(whereWrong(isSearchResponse, changed(body, (b) => (b.results[0].why.analysis.suffixes[0].tag = "dual")))).toBe("results.0.why.analysis.suffixes.0.tag");
    expect(whereWrong(isSearchResponse, changed(body, (b) => (b.results[0].why.lang = "de")))).toBe("results.0.why.lang");
  });
});

// The article routes read and annotate the content on every call outside production: one call each.
let texts: { ru: string[] };
let cards: Record<string, unknown>;
beforeAll(async () => {
  texts = (await articleFile(textRoute)) as typeof texts;
  cards = (await articleFile(cardsRoute)) as typeof cards;
}, 60_000);

describe("an article's text.json and its contract", () => {
  it("accepts the route's answer", () => {
    expect(texts.ru.length).toBeGreaterThan(0);
    expect(whereWrong(isArticleTexts, texts)).toBeUndefined();
  });

  it("refuses an answer with a rendering missing or a paragraph that is not text", () => {
    expect(whereWrong(isArticleTexts, changed(texts, (b) => delete b.latn))).toBe("latn");
    expect(whereWrong(isArticleTexts, changed(texts, (b) => (b.en[1] = { html: "" })))).toBe("en.1");
    expect(whereWrong(isArticleTexts, { error: "no such article" })).toBe("latn");
  });
});

describe("an article's cards.json and its contract", () => {
  it("accepts the route's answer", () => {
    expect(Object.keys(cards).length).toBeGreaterThan(0);
    expect(whereWrong(isTermCards, cards)).toBeUndefined();
  });

  it("refuses a card with a field missing or of the wrong type", () => {
    const id = Object.keys(cards)[0]!;
    expect(whereWrong(isTermCards, changed(cards, (b) => delete b[id].kk))).toBe(`${id}.kk`);
    expect(whereWrong(isTermCards, changed(cards, (b) => delete b[id].ru.term))).toBe(`${id}.ru.term`);
    expect(whereWrong(isTermCards, changed(cards, (b) => (b[id].en.variants = "a, b")))).toBe(`${id}.en.variants`);
    expect(whereWrong(isTermCards, changed(cards, (b) => (b[id].kk.definition = 3)))).toBe(`${id}.kk.definition`);
    expect(whereWrong(isTermCards, changed(cards, (b) => (b[id].status = "approved")))).toBe(`${id}.status`);
    expect(whereWrong(isTermCards, [cards[id]])).toBe("");
  });
});
