/** @jest-environment jsdom */
// The page's fetches from the app's own routes check what comes back: an answer not in its
// contract's shape is treated as a failed fetch (the page's existing error state), never used.
import { act, fireEvent, renderHook, screen, waitFor } from "@testing-library/react";
import { forgetArticleTextsForTests, loadArticleTexts } from "@/components/article/article-texts";
import { GlossarySearch } from "@/components/search/glossary-search";
import { usePageCards } from "@/components/term/use-page-cards";
import type { ResultRow } from "@/lib/search/result-row";
import { renderWithIntl } from "./term/render-with-intl";
import { JURY_TRIAL } from "./term/fixtures";

let answer: unknown;
const fetchMock = jest.fn(async () => ({ ok: true, json: async () => answer }));
beforeEach(() => {
  forgetArticleTextsForTests();
  fetchMock.mockClear();
  globalThis.fetch = fetchMock as unknown as typeof fetch;
});

describe("an article's text.json", () => {
  const TEXTS = { latn: ["Sot."], names: [["court", "сот", "суд", "court"]], ru: ["Суд."], en: ["Court."] };

  it("is given when it has its three renderings", async () => {
    answer = TEXTS;
    await expect(loadArticleTexts("/en/articles/a/text.json")).resolves.toEqual(TEXTS);
  });

  it("is given without a translation the article does not have", async () => {
    answer = { latn: ["Sot."], names: [], ru: ["Суд."] };
    await expect(loadArticleTexts("/en/articles/a/text.json")).resolves.toEqual({ latn: ["Sot."], names: [], ru: ["Суд."] });
  });

  it("is not had when the Latin rendering is missing or a translation is not a list of paragraphs", async () => {
    answer = { ru: ["Суд."], en: ["Court."] };
    await expect(loadArticleTexts("/en/articles/a/text.json")).resolves.toBeNull();
    answer = { latn: ["Sot."], names: [], ru: "Суд." };
    await expect(loadArticleTexts("/en/articles/a/text.json")).resolves.toBeNull();
  });

  it("is not had when the names of the translations' entries are missing or not an id and three terms", async () => {
    answer = { latn: ["Sot."], ru: ["Суд."] };
    await expect(loadArticleTexts("/en/articles/a/text.json")).resolves.toBeNull();
    answer = { latn: ["Sot."], names: [["court", "сот", "суд"]], ru: ["Суд."] };
    await expect(loadArticleTexts("/en/articles/a/text.json")).resolves.toBeNull();
  });

  it("is not had when a rendering is missing, and is asked for again next time", async () => {
    answer = { ru: ["Суд."], en: ["Court."] };
    await expect(loadArticleTexts("/en/articles/a/text.json")).resolves.toBeNull();
    answer = TEXTS;
    await expect(loadArticleTexts("/en/articles/a/text.json")).resolves.toEqual(TEXTS);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });
});

describe("an article's cards.json", () => {
  it("gives the cards when they are cards", async () => {
    answer = { "jury-trial": JURY_TRIAL };
    const { result } = renderHook(() => usePageCards({ cardsHref: "/en/articles/a/cards.json" }));
    await waitFor(() => expect(result.current.cards).toEqual({ "jury-trial": JURY_TRIAL }));
    expect(result.current.failed).toBe(false);
  });

  it("fails as a failed fetch does when a card lacks its Kazakh block", async () => {
    answer = { "jury-trial": { ...JURY_TRIAL, kk: undefined } };
    const { result } = renderHook(() => usePageCards({ cardsHref: "/en/articles/a/cards.json" }));
    await waitFor(() => expect(result.current.failed).toBe(true));
    expect(result.current.cards).toBeNull();
  });
});

describe("the glossary's as-you-type search", () => {
  const ROW: ResultRow = { id: "jury-trial", kk: "алқабилер соты", ru: "суд присяжных", en: "jury trial", domains: ["courts"], status: "reviewed", kind: "exact", matched: "алқабилер соты" };
  const COURT: ResultRow = { ...ROW, id: "court", kk: "сот", ru: "суд", en: "court", matched: "сот" };

  async function typeInto(value: string) {
    renderWithIntl(<GlossarySearch domains={["courts"]} query="" domain="" rows={[COURT]} total={1} page={1} pages={1} first={1} />);
    jest.useFakeTimers();
    fireEvent.change(screen.getByRole("searchbox"), { target: { value } });
    await act(async () => {
      jest.advanceTimersByTime(200);
    });
    jest.useRealTimers();
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
  }

  it("shows the rows /api/search answers", async () => {
    answer = { total: 1, page: 1, pages: 1, results: [ROW] };
    await typeInto("алқаби");
    expect(screen.getByText("суд присяжных")).toBeTruthy();
  });

  it("keeps the rows it shows when the answer is not a search response", async () => {
    answer = { total: 1, page: 1, pages: 1, results: [{ ...ROW, status: 7 }] };
    await typeInto("алқаби");
    expect(screen.queryByText("суд присяжных")).toBeNull();
    expect(screen.getByText("суд")).toBeTruthy();
  });
});
