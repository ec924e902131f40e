/** @jest-environment jsdom */
// The card layer (Radix and the card bodies) is a chunk of its own. When it cannot be loaded (a
// phone that lost its connection), a term must still lead somewhere: the click follows the
// mark's link to the glossary entry, and the next term the reader opens loads the layer again.
import "@testing-library/jest-dom";
import { act, fireEvent, screen } from "@testing-library/react";
import { AnnotatedText } from "@/components/term/annotated-text";
import { TermCardsProvider } from "@/components/term/term-cards-context";
import { toSegments } from "@/lib/marks/segments";
import { renderWithIntl } from "./render-with-intl";
import { clickPrevented, stubLayerDom } from "./dom-helpers";
import { JURY_TRIAL, SOTYNYNG } from "./fixtures";

jest.mock("next/navigation", () => ({ usePathname: () => "/en/articles/x", useRouter: () => ({}), useParams: () => ({}) }));

let mockOffline = true;
jest.mock("@/components/term/term-card-layer", () => {
  if (mockOffline) throw new Error("network error: the chunk did not load");
  return jest.requireActual("@/components/term/term-card-layer");
});

beforeAll(stubLayerDom);

it("lets a click open the glossary entry while the card layer cannot be loaded, and loads it on the next try", async () => {
  const segments = toSegments("Бұл алқабилер сотының ісі.", [
    { start: 4, end: 21, termId: "jury-trial", text: "алқабилер сотының", analysis: SOTYNYNG },
  ]);
  renderWithIntl(
    <TermCardsProvider cards={{ "jury-trial": JURY_TRIAL }}>
      <p lang="kk">
        <AnnotatedText segments={segments} />
      </p>
    </TermCardsProvider>,
  );
  const mark = screen.getByRole("link");
  // The first attempt (the provider's own, or the one the focus starts) fails.
  await act(async () => mark.focus());
  await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
  expect(screen.queryByRole("tooltip")).toBeNull();
  let prevented = true;
  await act(async () => {
    prevented = clickPrevented(mark);
  });
  expect(prevented).toBe(false);
  expect(mark).toHaveAttribute("href", "/en/glossary/jury-trial");

  mockOffline = false;
  await act(async () => {
    mark.blur();
    mark.focus();
  });
  fireEvent.click(mark);
  expect(await screen.findByRole("dialog")).toHaveTextContent("Суд с участием присяжных заседателей.");
});
