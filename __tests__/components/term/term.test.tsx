/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, fireEvent, screen, within } from "@testing-library/react";
import { Term } from "@/components/term/term";
import { TermCardsProvider } from "@/components/term/term-cards-context";
import { TermHighlightContext } from "@/components/term/term-highlight-context";
import { TermMark } from "@/components/term/term-mark";
import { encodeGrammar } from "@/components/term/grammar-attr";
import { renderWithIntl } from "./render-with-intl";
import { JURY_TRIAL, SOTYNYNG } from "./fixtures";

jest.mock("next/navigation", () => ({ usePathname: () => "/en/articles/x", useRouter: () => ({}), useParams: () => ({}) }));

beforeAll(() => {
  // Radix positions its layers with ResizeObserver, which jsdom lacks.
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  (window.HTMLElement.prototype as unknown as { hasPointerCapture: () => boolean }).hasPointerCapture ??= () => false;
});

function renderTerm(locale: "en" | "kk" = "en") {
  return renderWithIntl(
    <TermCardsProvider cards={{ "jury-trial": JURY_TRIAL }}>
      <p>
        Бұл <Term termId="jury-trial" analysis={SOTYNYNG}>алқабилер сотының</Term> ісі.
      </p>
    </TermCardsProvider>,
    locale,
  );
}

describe("Term", () => {
  it("is one link named by its text, the Kazakh term and its Russian and English equivalents", () => {
    renderTerm();
    const button = screen.getByRole("link");
    expect(button).toHaveAccessibleName("алқабилер сотының: алқабилер соты — Russian суд присяжных, English jury trial");
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

  it("pins the whole entry on click, with links to the entry and its occurrences, and Escape closes it", async () => {
    renderTerm();
    fireEvent.click(screen.getByRole("link"));
    const card = await screen.findByRole("dialog");
    expect(card).toHaveTextContent("Суд с участием присяжных заседателей.");
    expect(card).toHaveTextContent("trial by jury");
    expect(within(card).getByRole("link", { name: "Open the glossary entry" })).toHaveAttribute("href", "/en/glossary/jury-trial");
    expect(within(card).getByRole("link", { name: "Other occurrences" })).toHaveAttribute("href", "/en/glossary/jury-trial#occurrences");
    fireEvent.keyDown(document.activeElement ?? card, { key: "Escape" });
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("shows plain text when marking is switched off", () => {
    renderWithIntl(
      <TermCardsProvider cards={{ "jury-trial": JURY_TRIAL }}>
        <TermHighlightContext.Provider value={{ highlighted: new Set(), marking: false }}>
          <Term termId="jury-trial">алқабилер соты</Term>
        </TermHighlightContext.Provider>
      </TermCardsProvider>,
    );
    expect(screen.queryByRole("link")).toBeNull();
    expect(screen.getByText("алқабилер соты")).toBeTruthy();
  });

  it("tells who listens which entry is pointed at, and when it is left", () => {
    const onPoint = jest.fn();
    renderWithIntl(
      <TermCardsProvider cards={{ "jury-trial": JURY_TRIAL }}>
        <TermHighlightContext.Provider value={{ highlighted: new Set(["jury-trial"]), marking: true, onPoint }}>
          <Term termId="jury-trial">алқабилер соты</Term>
        </TermHighlightContext.Provider>
      </TermCardsProvider>,
    );
    const button = screen.getByRole("link");
    expect(button).toHaveAttribute("data-highlighted");
    fireEvent.pointerEnter(button);
    fireEvent.pointerLeave(button);
    expect(onPoint.mock.calls).toEqual([["jury-trial"], [null]]);
  });

  it("gives a mark rendered on the server, with no script of its own, the same cards on hover", async () => {
    renderWithIntl(
      <TermCardsProvider cards={{ "jury-trial": JURY_TRIAL }}>
        <p lang="kk">
          <TermMark termId="jury-trial" text="алқабилер сотының" label="алқабилер сотының" href="/en/glossary/jury-trial" grammar={encodeGrammar(SOTYNYNG)} />
        </p>
      </TermCardsProvider>,
    );
    fireEvent.pointerOver(screen.getByRole("link"));
    const tooltip = await screen.findByRole("tooltip");
    expect(tooltip).toHaveTextContent("jury trial");
    expect(tooltip).toHaveTextContent("сотының = сот + ы (3rd-person possessive) + ның (genitive)");
  });

  it("follows the link as usual on a modified click (a new tab for the entry)", () => {
    renderTerm();
    const click = new MouseEvent("click", { bubbles: true, cancelable: true, ctrlKey: true });
    screen.getByRole("link").dispatchEvent(click);
    expect(click.defaultPrevented).toBe(false);
    expect(screen.queryByRole("dialog")).toBeNull();
  });
});
