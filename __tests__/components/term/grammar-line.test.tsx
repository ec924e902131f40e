/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { GrammarLine } from "@/components/term/grammar-line";
import { KazakhScriptProvider } from "@/components/term/kazakh-script";
import { renderWithIntl } from "./render-with-intl";
import { SOTYNYNG } from "./fixtures";

describe("GrammarLine", () => {
  it("writes сотының as сот + ы (3rd-person possessive) + ның (genitive)", () => {
    const { container } = renderWithIntl(<GrammarLine analysis={SOTYNYNG} />);
    expect(container.textContent).toBe("сотының = сот + ы (3rd-person possessive) + ның (genitive)");
  });

  it("names the suffixes in the interface language", () => {
    const { container } = renderWithIntl(<GrammarLine analysis={SOTYNYNG} />, "kk");
    expect(container.textContent).toBe("сотының = сот + ы (ІІІ жақ тәуелдік жалғау) + ның (ілік септік)");
  });

  it("keeps a hyphen between an abbreviation and its suffix", () => {
    const analysis = { lemma: "БҰҰ", stem: "БҰҰ", hyphen: "-", suffixes: [{ form: "ның", tag: "genitive" as const }] };
    renderWithIntl(<GrammarLine analysis={analysis} />, "ru");
    expect(screen.getByText(/родительный падеж/).closest("[data-grammar]")?.textContent).toBe(
      "БҰҰ-ның = БҰҰ + ның (родительный падеж)",
    );
  });

  it("writes the Kazakh words in Latin letters when the reader reads Kazakh in Latin, the suffix names as they are", () => {
    const { container } = renderWithIntl(
      <KazakhScriptProvider script="latn">
        <GrammarLine analysis={SOTYNYNG} />
      </KazakhScriptProvider>,
    );
    expect(container.textContent).toBe("sotynyñ = sot + y (3rd-person possessive) + nyñ (genitive)");
    expect(container.querySelector("[lang]")?.getAttribute("lang")).toBe("kk-Latn");
  });

  it("says nothing about a word in its dictionary form", () => {
    const { container } = renderWithIntl(<GrammarLine analysis={{ lemma: "сот", stem: "сот", suffixes: [] }} />);
    expect(container.textContent).toBe("");
  });
});
