/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen } from "@testing-library/react";
import { AnnotatedText } from "@/components/term/annotated-text";
import { TermCardsProvider } from "@/components/term/term-cards-context";
import { toSegments } from "@/lib/marks/segments";
import { renderWithIntl } from "./render-with-intl";
import { JURY_TRIAL } from "./fixtures";

const TEXT = "Қазақстанда алқабилер соты енгізілді.";
const SEGMENTS = toSegments(TEXT, [{ start: 12, end: 26, termId: "jury-trial", text: "алқабилер соты" }]);

function renderText(script: "cyrl" | "latn", cards = { "jury-trial": JURY_TRIAL }) {
  return renderWithIntl(
    <TermCardsProvider cards={cards}>
      <p data-testid="text">
        <AnnotatedText segments={SEGMENTS} script={script} />
      </p>
    </TermCardsProvider>,
  );
}

describe("AnnotatedText", () => {
  it("renders the text as written with each term occurrence marked", () => {
    renderText("cyrl");
    expect(screen.getByTestId("text")).toHaveTextContent(TEXT);
    expect(screen.getByRole("link")).toHaveTextContent("алқабилер соты");
  });

  it("shows Kazakh in the 2021 Latin alphabet with the term still marked and described by its Kazakh term", () => {
    renderText("latn");
    expect(screen.getByTestId("text")).toHaveTextContent("Qazaqstanda alqabiler soty engızıldı.");
    const link = screen.getByRole("link");
    expect(link).toHaveAccessibleName("alqabiler soty");
    expect(link).toHaveAccessibleDescription("алқабилер соты — Russian суд присяжных, English jury trial");
  });

  it("leaves an occurrence unmarked when the page has no card for its entry", () => {
    renderText("cyrl", {} as { "jury-trial": typeof JURY_TRIAL });
    expect(screen.queryByRole("link")).toBeNull();
    expect(screen.getByTestId("text")).toHaveTextContent(TEXT);
  });
});
