/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { GrammarLine } from "@/components/term/grammar-line";
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

  it("says nothing about a word in its dictionary form", () => {
    const { container } = renderWithIntl(<GrammarLine analysis={{ lemma: "сот", stem: "сот", suffixes: [] }} />);
    expect(container.textContent).toBe("");
  });
});
