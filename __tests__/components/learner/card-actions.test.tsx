/** @jest-environment jsdom */
// The learner's buttons in a term's pinned card: saving records the term as met (form, grammar,
// sentence, the sentence's translation, where) with a schedule due now, in the browser's
// database; a saved term can be removed after a second question; "I know this" is a toggle; and
// a browser that keeps no data is told so, not offered buttons that fail.
import "@testing-library/jest-dom";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { CardActions } from "@/components/learner/card-actions";
import { forgetArticleTextsForTests } from "@/components/learner/translation";
import { resetLearnerForTests } from "@/components/learner/use-learner";
import { AnnotatedText } from "@/components/term/annotated-text";
import { TermCardsProvider } from "@/components/term/term-cards-context";
import { toSegments } from "@/lib/marks/segments";
import { renderWithIntl } from "../term/render-with-intl";
import { stubLayerDom } from "../term/dom-helpers";
import { JURY_TRIAL, SOTYNYNG } from "../term/fixtures";
import { freshLearnerDb, storedData } from "./setup";

jest.mock("next/navigation", () => ({ usePathname: () => "/en/articles/x", useRouter: () => ({}), useParams: () => ({}) }));

beforeAll(stubLayerDom);

const HREF = "/en/articles/court-news/text.json";
const TEXTS = {
  latn: ["", "Bul alqabiler sotynyng isi."],
  names: [],
  ru: ["", 'Вступление. Это дело <a data-term="jury-trial">суда присяжных</a>. Конец.'],
  en: ["", 'Opening. This is a case of the <a data-term="jury-trial">jury trial</a>. End.'],
};

const fetchMock = jest.fn(async (href: string) => ({ ok: href === HREF, json: async () => TEXTS }));
let factory: Awaited<ReturnType<typeof freshLearnerDb>>;
beforeEach(async () => {
  factory = await freshLearnerDb();
  forgetArticleTextsForTests();
  fetchMock.mockClear();
  globalThis.fetch = fetchMock as unknown as typeof fetch;
});
afterEach(() => {
  document.body.innerHTML = "";
});
afterAll(() => resetLearnerForTests());

/** An article's second paragraph with the mark, as the article page renders it; returns the mark. */
function articleParagraph(translation = ""): HTMLElement {
  const article = document.createElement("section");
  article.setAttribute("data-source-kind", "article");
  article.setAttribute("data-source-id", "court-news");
  article.setAttribute("data-source-title", "Сот жаңалығы");
  article.setAttribute("data-text-href", HREF);
  article.innerHTML = `<div data-row=""><p id="p2" data-col="kk" data-paragraph="2">Кіріспе сөйлем. Бұл <a data-term="jury-trial" data-grammar="сот|сот||ы:poss3,ның:genitive">алқабилер сотының</a> ісі.</p>${translation}</div>`;
  document.body.append(article);
  return article.querySelector<HTMLElement>("a[data-term]")!;
}

function renderActions(anchor?: HTMLElement, locale: "en" | "ru" = "en") {
  return renderWithIntl(<CardActions card={JURY_TRIAL} anchor={anchor} lang="kk" />, locale);
}

/** The save button, once the learner's data is loaded (it is disabled until then). */
async function saveButton(name = "Save for review"): Promise<HTMLElement> {
  const button = await screen.findByRole("button", { name });
  await waitFor(() => expect(button).toBeEnabled());
  return button;
}

describe("the card's learner buttons", () => {
  it("save the term as met — form, grammar, sentence, its translation from the article's text, where — due for review now", async () => {
    const before = Date.now();
    renderActions(articleParagraph());
    fireEvent.click(await saveButton());
    const saved = await screen.findByRole("button", { name: "Saved for review" });
    // Saved: the button now opens the question whether to remove it (collapsed until pressed).
    expect(saved).toHaveAttribute("aria-expanded", "false");
    expect(screen.getByRole("status")).toHaveTextContent("Saved: you will find it on the Review page.");

    const { terms } = await storedData(factory);
    expect(terms).toHaveLength(1);
    const term = terms[0]!;
    expect(term).toMatchObject({
      termId: "jury-trial",
      entry: JURY_TRIAL,
      lang: "kk",
      form: "алқабилер сотының",
      grammar: "сот|сот||ы:poss3,ның:genitive",
      sentence: { before: "Бұл ", term: "алқабилер сотының", after: " ісі." },
      // The English interface takes the English text's paragraph 2, the sentence with the same entry.
      translation: { lang: "en", sentence: { before: "This is a case of the ", term: "jury trial", after: "." } },
      metIn: { kind: "article", slug: "court-news", title: "Сот жаңалығы", paragraph: 2 },
      schedule: { state: "new", reps: 0 },
    });
    expect(fetchMock).toHaveBeenCalledWith(HREF);
    expect(Date.parse(term.schedule.due)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(term.schedule.due)).toBeLessThanOrEqual(Date.now());
    expect(Date.parse(term.savedAt)).toBeGreaterThanOrEqual(before - 1000);
  });

  it("take the Russian translation in the Russian interface", async () => {
    renderActions(articleParagraph(), "ru");
    fireEvent.click(await saveButton("Сохранить для повторения"));
    await screen.findByRole("button", { name: "Сохранено для повторения" });
    const [term] = (await storedData(factory)).terms;
    expect(term?.translation).toEqual({ lang: "ru", sentence: { before: "Это дело ", term: "суда присяжных", after: "." } });
  });

  it("take the translation from the column shown beside the paragraph, without loading the article's text", async () => {
    renderActions(articleParagraph('<p data-col="ru" data-paragraph="2">Дело <a data-term="jury-trial">суда присяжных</a> рассмотрено. Другое.</p>'));
    fireEvent.click(await saveButton());
    await screen.findByRole("button", { name: "Saved for review" });
    const [term] = (await storedData(factory)).terms;
    expect(term?.translation).toEqual({ lang: "ru", sentence: { before: "Дело ", term: "суда присяжных", after: " рассмотрено." } });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("save no translation when the entry is not marked in the translated paragraph", async () => {
    renderActions(articleParagraph('<p data-col="en" data-paragraph="2">A case of a court with jurors.</p>'));
    fireEvent.click(await saveButton());
    await screen.findByRole("button", { name: "Saved for review" });
    const [term] = (await storedData(factory)).terms;
    expect(term).toBeDefined();
    expect(term?.translation).toBeUndefined();
  });

  it("ask before removing a saved term (focus on Keep), and remove it on yes", async () => {
    renderActions(articleParagraph());
    fireEvent.click(await saveButton());
    const saved = await screen.findByRole("button", { name: "Saved for review" });
    fireEvent.click(saved);
    expect(saved).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByText("Remove this term from your review?")).toBeVisible();
    expect(screen.getByRole("button", { name: "Keep" })).toHaveFocus();
    fireEvent.click(screen.getByRole("button", { name: "Keep" }));
    expect(screen.queryByText("Remove this term from your review?")).toBeNull();
    expect((await storedData(factory)).terms).toHaveLength(1);

    fireEvent.click(saved);
    fireEvent.click(screen.getByRole("button", { name: "Yes, remove" }));
    expect(await saveButton()).not.toHaveAttribute("aria-expanded");
    expect(screen.getByRole("status")).toHaveTextContent("Removed from your review.");
    expect((await storedData(factory)).terms).toEqual([]);
  });

  it("toggle “I know this”", async () => {
    renderActions(articleParagraph());
    const know = await screen.findByRole("button", { name: "I know this" });
    await waitFor(() => expect(know).toBeEnabled());
    fireEvent.click(know);
    await waitFor(() => expect(know).toHaveAttribute("aria-pressed", "true"));
    expect((await storedData(factory)).known).toEqual(["jury-trial"]);
    fireEvent.click(know);
    await waitFor(() => expect(know).toHaveAttribute("aria-pressed", "false"));
    expect((await storedData(factory)).known).toEqual([]);
  });

  it("say why a term met outside an article or an own text cannot be saved, and save nothing", async () => {
    const mark = document.createElement("a");
    mark.dataset.term = "jury-trial";
    document.body.append(mark);
    renderActions(mark);
    fireEvent.click(await saveButton());
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Only a term met in an article or in one of your texts can be saved."));
    expect((await storedData(factory)).terms).toEqual([]);
  });

  it("say so when the browser keeps no data, instead of offering the buttons", async () => {
    await resetLearnerForTests({
      open: () => {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    } as unknown as IDBFactory);
    renderActions(articleParagraph());
    expect(await screen.findByText(/This browser does not let the site keep data/)).toBeVisible();
    expect(screen.queryByRole("button")).toBeNull();
  });
});

describe("in a pinned card", () => {
  it("are real buttons inside the card, and saving from there records the article the mark is in", async () => {
    const segments = toSegments("Бұл алқабилер сотының ісі.", [{ start: 4, end: 21, termId: "jury-trial", text: "алқабилер сотының", analysis: SOTYNYNG }]);
    renderWithIntl(
      <TermCardsProvider cards={{ "jury-trial": JURY_TRIAL }}>
        <section data-source-kind="article" data-source-id="court-news" data-source-title="Сот жаңалығы">
          <p data-col="kk" data-paragraph="5" lang="kk">
            <AnnotatedText segments={segments} />
          </p>
        </section>
      </TermCardsProvider>,
    );
    fireEvent.click(screen.getByRole("link"));
    const card = await screen.findByRole("dialog");
    const save = await within(card).findByRole("button", { name: "Save for review" });
    await waitFor(() => expect(save).toBeEnabled());
    await act(async () => save.click());
    await within(card).findByRole("button", { name: "Saved for review" });
    const [term] = (await storedData(factory)).terms;
    expect(term).toMatchObject({ form: "алқабилер сотының", metIn: { kind: "article", slug: "court-news", paragraph: 5 } });
    expect(within(card).getByRole("button", { name: "I know this" })).toHaveAttribute("aria-pressed", "false");
  });
});
