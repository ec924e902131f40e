/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, fireEvent, screen, within } from "@testing-library/react";
import { AnnotatedText } from "@/components/term/annotated-text";
import { TermCardsProvider } from "@/components/term/term-cards-context";
import { marksHtml } from "@/lib/marks/marks-html";
import { toSegments } from "@/lib/marks/segments";
import { renderWithIntl } from "./render-with-intl";
import { clickPrevented, stubLayerDom } from "./dom-helpers";
import { JURY_TRIAL, SOTYNYNG } from "./fixtures";

jest.mock("next/navigation", () => ({ usePathname: () => "/en/articles/x", useRouter: () => ({}), useParams: () => ({}) }));

beforeAll(stubLayerDom);

// «Бұл алқабилер сотының ісі.» with its one term, as the engine finds it.
const SEGMENTS = toSegments("Бұл алқабилер сотының ісі.", [
  { start: 4, end: 21, termId: "jury-trial", text: "алқабилер сотының", analysis: SOTYNYNG },
]);

function renderTerm(locale: "en" | "kk" = "en") {
  return renderWithIntl(
    <TermCardsProvider cards={{ "jury-trial": JURY_TRIAL }}>
      <p lang="kk">
        <AnnotatedText segments={SEGMENTS} />
      </p>
    </TermCardsProvider>,
    locale,
  );
}

describe("a term mark inside a TermCardsProvider", () => {
  it("is one link named by its text and described by the Kazakh term and its Russian and English equivalents", () => {
    renderTerm();
    const button = screen.getByRole("link");
    expect(button).toHaveAccessibleName("алқабилер сотының");
    expect(button).toHaveAccessibleDescription("алқабилер соты — Russian суд присяжных, English jury trial");
    expect(button.textContent).toBe("алқабилер сотының");
    expect(button).toHaveAttribute("href", "/en/glossary/jury-trial");
  });

  it("shows the equivalents, the definition in the interface language and the grammar on keyboard focus", async () => {
    renderTerm();
    await act(async () => screen.getByRole("link").focus());
    const tooltip = await screen.findByRole("tooltip");
    expect(tooltip).toHaveTextContent("суд присяжных");
    expect(tooltip).toHaveTextContent("jury trial");
    expect(tooltip).toHaveTextContent("A trial in which jurors decide on guilt.");
    expect(tooltip).toHaveTextContent("сотының = сот + ы (3rd-person possessive) + ның (genitive)");
    expect(within(tooltip).queryAllByRole("link")).toHaveLength(0);
  });

  it("gives the definition in Kazakh in the Kazakh interface", async () => {
    renderTerm("kk");
    await act(async () => screen.getByRole("link").focus());
    expect(await screen.findByRole("tooltip")).toHaveTextContent("Алқабилер қатысатын сот.");
  });

  it("pins the whole entry on click, with the grammar of the form and links to the entry and its occurrences, and Escape closes it", async () => {
    renderTerm();
    fireEvent.click(screen.getByRole("link"));
    const card = await screen.findByRole("dialog");
    // A tap on a phone shows no tooltip: the pinned card is where the grammar must be too.
    expect(card).toHaveTextContent("сотының = сот + ы (3rd-person possessive) + ның (genitive)");
    expect(card).toHaveTextContent("Суд с участием присяжных заседателей.");
    expect(card).toHaveTextContent("trial by jury");
    expect(within(card).getByRole("link", { name: "Open the glossary entry" })).toHaveAttribute("href", "/en/glossary/jury-trial");
    expect(within(card).getByRole("link", { name: "Other occurrences" })).toHaveAttribute("href", "/en/glossary/jury-trial#occurrences");
    fireEvent.keyDown(document.activeElement ?? card, { key: "Escape" });
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("gives a mark rendered on the server as HTML, with no script of its own, the same cards on hover", async () => {
    const html = marksHtml(SEGMENTS, { cards: { "jury-trial": JURY_TRIAL }, locale: "en" });
    renderWithIntl(
      <TermCardsProvider cards={{ "jury-trial": JURY_TRIAL }}>
        <p lang="kk" dangerouslySetInnerHTML={{ __html: html }} />
      </TermCardsProvider>,
    );
    fireEvent.pointerOver(screen.getByRole("link"));
    const tooltip = await screen.findByRole("tooltip");
    expect(tooltip).toHaveTextContent("jury trial");
    expect(tooltip).toHaveTextContent("сотының = сот + ы (3rd-person possessive) + ның (genitive)");
  });

  it("follows the link as usual on a modified click (a new tab for the entry)", () => {
    renderTerm();
    expect(clickPrevented(screen.getByRole("link"), { ctrlKey: true })).toBe(false);
    expect(screen.queryByRole("dialog")).toBeNull();
  });
});

describe("a TermCardsProvider that loads its cards (an article page)", () => {
  const html = marksHtml(SEGMENTS, { cards: { "jury-trial": JURY_TRIAL }, locale: "en" });
  const NAMES = [["jury-trial", "алқабилер соты", "суд присяжных", "jury trial"]] as const;
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
  });

  /** A fetch the test answers by hand: each call waits until respond(...) is called for it. */
  function manualFetch() {
    // jsdom has no Response: the provider uses ok, status and json() only.
    type Answer = Pick<Response, "ok" | "status" | "json">;
    const pending: Array<(response: Answer) => void> = [];
    const fetchMock = jest.fn<Promise<Answer>, [url: string]>(() => new Promise((resolve) => pending.push(resolve)));
    global.fetch = fetchMock as unknown as typeof fetch;
    const respond = async (status: number, body: unknown) => {
      await act(async () => pending.shift()!({ ok: status < 400, status, json: async () => body }));
    };
    return { fetchMock, respond };
  }

  function renderLoading() {
    return renderWithIntl(
      <TermCardsProvider cardsHref="/en/articles/x/cards.json" names={NAMES}>
        <p lang="kk" dangerouslySetInnerHTML={{ __html: html }} />
      </TermCardsProvider>,
    );
  }

  it("describes its marks before the cards arrive, then opens the card the reader asked for while they loaded", async () => {
    const { fetchMock, respond } = manualFetch();
    renderLoading();
    expect(fetchMock).toHaveBeenCalledWith("/en/articles/x/cards.json");
    const mark = screen.getByRole("link");
    expect(mark).toHaveAccessibleDescription("алқабилер соты — Russian суд присяжных, English jury trial");
    await act(async () => mark.focus());
    expect(screen.queryByRole("tooltip")).toBeNull();
    await respond(200, { "jury-trial": JURY_TRIAL });
    const tooltip = await screen.findByRole("tooltip");
    expect(tooltip).toHaveTextContent("A trial in which jurors decide on guilt.");
  });

  it("lets a click open the glossary entry when the cards could not be loaded, and tries again on the next term", async () => {
    const { fetchMock, respond } = manualFetch();
    renderLoading();
    await respond(503, { error: "unavailable" });
    let prevented = true;
    await act(async () => {
      prevented = clickPrevented(screen.getByRole("link"));
    });
    expect(prevented).toBe(false);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    await respond(200, { "jury-trial": JURY_TRIAL });
    fireEvent.click(screen.getByRole("link"));
    expect(await screen.findByRole("dialog")).toHaveTextContent("Суд с участием присяжных заседателей.");
  });
});
