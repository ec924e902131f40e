/** @jest-environment jsdom */
// "Terms new to you: 1 of 3" before an article: new means neither saved for review nor known;
// nothing is said while the data loads or when the browser keeps none (every term would look new).
import "@testing-library/jest-dom";
import { screen } from "@testing-library/react";
import { NewTerms, countNewTerms } from "@/components/learner/new-terms";
import { resetLearnerForTests, useLearner } from "@/components/learner/use-learner";
import { renderWithIntl } from "../term/render-with-intl";
import { freshLearnerDb, juryTerm, seedTerms } from "./setup";

afterAll(() => resetLearnerForTests());

function Status() {
  return <p>{useLearner().status}</p>;
}

describe("the new terms of an article", () => {
  it("counts the terms neither saved nor known, each once", () => {
    expect(countNewTerms(["a", "b", "c", "c", "d"], ["a"], ["b"])).toBe(2);
  });

  it("says how many of its terms are new to the reader once the data is loaded", async () => {
    const factory = await freshLearnerDb();
    await seedTerms(factory, [juryTerm(new Date())], ["court"]);
    renderWithIntl(<NewTerms termIds={["jury-trial", "court", "judge"]} />);
    expect(await screen.findByText("Terms new to you: 1 of 3")).toBeVisible();
  });

  it("says it in Kazakh in the Kazakh interface", async () => {
    await freshLearnerDb();
    renderWithIntl(<NewTerms termIds={["jury-trial", "court"]} />, "kk");
    expect(await screen.findByText("Сіз үшін жаңа терминдер: 2 ішінен 2")).toBeVisible();
  });

  it("says nothing when the browser keeps no data", async () => {
    await resetLearnerForTests({ open: () => { throw new Error("no storage"); } } as unknown as IDBFactory);
    renderWithIntl(
      <>
        <Status />
        <NewTerms termIds={["jury-trial"]} />
      </>,
    );
    await screen.findByText("unavailable");
    expect(screen.queryByText(/Terms new to you/)).toBeNull();
  });
});
