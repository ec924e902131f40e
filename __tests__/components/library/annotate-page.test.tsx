/** @jest-environment jsdom */
// The annotate page as the reader uses it, with the real action and glossary: a pasted text's
// language is detected, the text comes back read like an article (paragraphs with their marks,
// named for a card's "save"), is kept in the library in this browser, and can be opened again —
// also from its address — renamed and deleted; files are opened or refused with their reason;
// the Latin view and the marking switch work; without IndexedDB the reader still works.
import "./jsdom-polyfills";
import "@testing-library/jest-dom";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { IDBFactory } from "fake-indexeddb";
// jsdom's File cannot be read (no text()); the browser's can, as Node's can.
import { File as ReadableFile } from "node:buffer";
import { AnnotateForm } from "@/components/annotate/annotate-form";
import { resetLearnerForTests, saveText } from "@/components/learner/use-learner";
import { downloadText } from "@/components/learner/download";
import { renderWithIntl } from "../term/render-with-intl";
import { annotateText } from "@/app/[locale]/annotate/actions";

// The download itself (a Blob link jsdom cannot follow) is replaced; what is downloaded is checked.
jest.mock("@/components/learner/download", () => ({ downloadText: jest.fn() }));
// The page marks texts with the real glossary (the server action runs in the test): slower than
// the default five seconds on a busy machine.
jest.setTimeout(20_000);

const KAZAKH = "Алқабилер соты туралы\n\nБүгін алқабилер сотының отырысы өтті.\nЖоғарғы Соттың төрағасы сөз сөйледі.";
const RUSSIAN = "Вчера суд присяжных рассмотрел это дело, и его решение было оглашено в зале.";

beforeEach(async () => {
  await resetLearnerForTests(new IDBFactory());
  window.localStorage.clear();
  window.history.replaceState(null, "", "/en/annotate");
});

const renderPage = () => renderWithIntl(<AnnotateForm limitHint="Up to 50000 characters." annotateText={annotateText} />);
const textarea = () => screen.getByLabelText("Your text") as HTMLTextAreaElement;
const submit = () => fireEvent.click(screen.getByRole("button", { name: "Mark the terms" }));
const library = () => screen.getByRole("region", { name: "Your texts" });

async function markText(text: string) {
  fireEvent.change(textarea(), { target: { value: text } });
  submit();
  await screen.findByRole("heading", { level: 2, name: text.split("\n")[0] });
}

describe("the annotate page", () => {
  it("detects the language as the reader types, and keeps the reader's own choice", async () => {
    renderPage();
    fireEvent.change(textarea(), { target: { value: RUSSIAN } });
    await waitFor(() => expect(screen.getByRole("radio", { name: "Russian" })).toBeChecked());
    expect(screen.getByText("Detected: Russian")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("radio", { name: "English" }));
    fireEvent.change(textarea(), { target: { value: `${RUSSIAN} Ещё одно предложение.` } });
    await waitFor(() => expect(screen.getByRole("radio", { name: "English" })).toBeChecked());
    fireEvent.change(textarea(), { target: { value: KAZAKH } });
    expect(screen.getByRole("radio", { name: "English" })).toBeChecked();
  });

  it("reads the text like an article, keeps it in the library and names it in the address", async () => {
    renderPage();
    await markText(KAZAKH);
    const text = screen.getByRole("region", { name: "Your text with its terms marked" });
    expect(text).toHaveAttribute("data-source-kind", "text");
    expect(text).toHaveAttribute("data-source-title", "Алқабилер соты туралы");
    const id = text.getAttribute("data-source-id");
    expect(id).toBeTruthy();
    const paragraphs = text.querySelectorAll("p[data-paragraph]");
    expect([...paragraphs].map((p) => [p.id, p.getAttribute("data-col"), p.getAttribute("data-paragraph")])).toEqual([
      ["p1", "kk", "1"],
      ["p2", "kk", "2"],
    ]);
    // A single line break stays inside its paragraph.
    expect(paragraphs[1]!.textContent).toBe("Бүгін алқабилер сотының отырысы өтті.\nЖоғарғы Соттың төрағасы сөз сөйледі.");
    const mark = paragraphs[1]!.querySelector('[data-term="jury-trial"]');
    expect(mark).toHaveTextContent("алқабилер сотының");
    expect(mark?.getAttribute("data-grammar")).toBeTruthy();

    await screen.findByText("Saved to your texts.");
    expect(window.location.search).toBe(`?text=${id}`);
    const item = within(library()).getByRole("listitem");
    expect(item).toHaveTextContent("Алқабилер соты туралы");
    expect(item).toHaveTextContent("Kazakh");
    expect(item).toHaveAttribute("aria-current", "true");
  });

  it("marks a Russian text as Russian", async () => {
    renderPage();
    fireEvent.change(textarea(), { target: { value: RUSSIAN } });
    await waitFor(() => expect(screen.getByRole("radio", { name: "Russian" })).toBeChecked());
    submit();
    const mark = await waitFor(() => {
      const found = document.querySelector('[data-col="ru"] [data-term="jury-trial"]');
      expect(found).not.toBeNull();
      return found!;
    });
    expect(mark).toHaveTextContent("суд присяжных");
    expect(mark.closest("p")).toHaveAttribute("lang", "ru");
  });

  it("shows a Kazakh text, its title and its terms in Latin, and plain with marking off", async () => {
    renderPage();
    await markText(KAZAKH);
    fireEvent.click(screen.getByRole("button", { name: "Latin (2021)" }));
    const p2 = document.getElementById("p2")!;
    await waitFor(() => expect(p2).toHaveAttribute("lang", "kk-Latn"));
    expect(p2.textContent).toContain("alqabiler sotynyñ");
    expect(p2.querySelector('[data-term="jury-trial"]')).not.toBeNull();
    expect(screen.getByRole("heading", { level: 2, name: "Alqabiler soty turaly" })).toHaveAttribute("lang", "kk-Latn");
    expect(screen.getByRole("link", { name: "alqabiler soty" })).toHaveAttribute("href", "/en/glossary/jury-trial");
    expect(window.localStorage.getItem("zan-reader:script")).toBe("latn");

    fireEvent.click(screen.getByRole("button", { name: "Mark terms" }));
    await waitFor(() => expect(document.querySelector("#p2 [data-term]")).toBeNull());
    expect(document.getElementById("p2")!.textContent).toContain("alqabiler sotynyñ");
  });

  it("downloads the text's flashcards, with each term's first sentence, in the script chosen for flashcards", async () => {
    renderPage();
    await markText(KAZAKH);
    const download = jest.mocked(downloadText);
    download.mockClear();
    fireEvent.click(screen.getByRole("button", { name: "Terms of this text as flashcards (CSV for Anki)" }));
    expect(download).toHaveBeenCalledTimes(1);
    const [name, type, csv] = download.mock.calls[0]!;
    expect([name, type]).toEqual(["Алқабилер-соты-туралы-flashcards.csv", "text/csv"]);
    // The first occurrence is in the title line, the first paragraph.
    expect(csv).toContain("<i><b>Алқабилер соты</b> туралы</i>");
    expect(csv).toContain("<i><b>Жоғарғы Соттың төрағасы</b> сөз сөйледі.</i>");
    expect(csv.match(/zan-reader:jury-trial/g)).toHaveLength(1);

    fireEvent.change(screen.getByLabelText("Kazakh on the flashcards"), { target: { value: "latn" } });
    await waitFor(() => expect(screen.getByLabelText("Kazakh on the flashcards")).toHaveValue("latn"));
    fireEvent.click(screen.getByRole("button", { name: "Terms of this text as flashcards (CSV for Anki)" }));
    expect(download.mock.calls[1]![2]).toContain("<i><b>Alqabiler soty</b> turaly</i>");
  });

  it("exports the text's project glossary in the format chosen, in Cyrillic also from the Latin view", async () => {
    renderPage();
    await markText(KAZAKH);
    fireEvent.click(screen.getByRole("button", { name: "Latin (2021)" }));
    const download = jest.mocked(downloadText);
    download.mockClear();
    fireEvent.change(screen.getByLabelText("Format"), { target: { value: "csv" } });
    fireEvent.click(screen.getByRole("button", { name: "Export project glossary" }));
    await screen.findByText("Exported 2 terms as CSV.");
    const [name, type, csv] = download.mock.calls[0]!;
    expect([name, type]).toEqual(["project-Алқабилер-соты-туралы.csv", "text/csv"]);
    expect(csv).toContain("Алқабилер соты (1); алқабилер сотының (1)");
    expect(csv).toContain("Бүгін алқабилер сотының отырысы өтті.");
    expect(csv).not.toContain("alqabiler");
  });

  it("offers no project glossary export for a text without terms", async () => {
    renderPage();
    await markText("Бүгін күн жылы болды.");
    expect(screen.getByRole("button", { name: "Export project glossary" })).toBeDisabled();
    expect(screen.getByText("No glossary terms were found in this text, so there is nothing to export.")).toBeInTheDocument();
  });

  it("opens a text from the library and from its address, renames it (never to nothing) and deletes it after asking", async () => {
    await saveText({ id: "t1", title: "Сот туралы", text: KAZAKH, lang: "kk", createdAt: "2026-01-02T10:00:00.000Z", updatedAt: "2026-01-02T10:00:00.000Z" });
    window.history.replaceState(null, "", "/en/annotate?text=t1");
    renderPage();
    // The address opens it once the library has loaded.
    await screen.findByRole("heading", { level: 2, name: "Сот туралы" });
    expect(textarea().value).toBe(KAZAKH);
    expect(screen.getByRole("region", { name: "Your text with its terms marked" })).toHaveAttribute("data-source-id", "t1");

    fireEvent.click(within(library()).getByRole("button", { name: "Rename «Сот туралы»" }));
    const field = within(library()).getByLabelText("New title for «Сот туралы»");
    expect(field).toHaveFocus();
    fireEvent.change(field, { target: { value: "   " } });
    fireEvent.click(within(library()).getByRole("button", { name: "Save the title" }));
    expect(await within(library()).findByRole("alert")).toHaveTextContent("A title cannot be empty");
    expect(field).toHaveAttribute("aria-invalid", "true");
    fireEvent.change(field, { target: { value: "Менің мәтінім" } });
    fireEvent.click(within(library()).getByRole("button", { name: "Save the title" }));
    await within(library()).findByText("Renamed to «Менің мәтінім».");
    expect(within(library()).getByRole("listitem")).toHaveTextContent("Менің мәтінім");
    expect(screen.getByRole("heading", { level: 2, name: "Менің мәтінім" })).toBeInTheDocument();

    fireEvent.click(within(library()).getByRole("button", { name: "Delete «Менің мәтінім»" }));
    expect(within(library()).getByText(/Delete «Менің мәтінім» from this browser\?/)).toBeInTheDocument();
    fireEvent.click(within(library()).getByRole("button", { name: "Cancel" }));
    expect(within(library()).getByRole("listitem")).toBeInTheDocument();
    fireEvent.click(within(library()).getByRole("button", { name: "Delete «Менің мәтінім»" }));
    fireEvent.click(within(library()).getByRole("button", { name: "Yes, delete it" }));
    await within(library()).findByText("«Менің мәтінім» was deleted.");
    expect(within(library()).queryByRole("listitem")).toBeNull();
    expect(window.location.search).toBe("");
  });

  it("says so when the address names a text this browser does not have", async () => {
    window.history.replaceState(null, "", "/en/annotate?text=elsewhere");
    renderPage();
    expect(await screen.findByRole("alert")).toHaveTextContent("not among your texts in this browser");
  });

  it("opens a .txt file into the field, and refuses another type or a file not in UTF-8, naming it", async () => {
    renderPage();
    const input = (await waitFor(() => screen.getByLabelText("Open a file"))) as HTMLInputElement;
    const choose = (file: ReadableFile) => act(async () => {
      fireEvent.change(input, { target: { files: [file as unknown as File] } });
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    await choose(new ReadableFile([RUSSIAN], "дело.txt", { type: "text/plain" }));
    await waitFor(() => expect(textarea().value).toBe(RUSSIAN));
    expect(screen.getByText("Opened «дело.txt».")).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole("radio", { name: "Russian" })).toBeChecked());

    await choose(new ReadableFile(["%PDF-1.7"], "закон.pdf", { type: "application/pdf" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("«закон.pdf» was not opened: only text files ending in .txt or .md can be.");
    await choose(new ReadableFile([new Uint8Array([0xd1, 0xee, 0xf2])], "old.txt", { type: "text/plain" }));
    await waitFor(() => expect(screen.getByRole("alert")).toHaveTextContent("«old.txt» was not opened: it is not in the UTF-8 encoding"));
    // What was in the field stays.
    expect(textarea().value).toBe(RUSSIAN);
  });

  it("still marks texts when the browser cannot keep them, and says so in the library", async () => {
    const broken = { open: () => { throw new DOMException("blocked", "SecurityError"); } } as unknown as IDBFactory;
    await resetLearnerForTests(broken);
    renderPage();
    await markText(KAZAKH);
    expect(await within(library()).findByText(/This browser cannot keep your texts/)).toBeInTheDocument();
    expect(document.querySelector('#p2 [data-term="jury-trial"]')).not.toBeNull();
    expect(screen.queryByText("Saved to your texts.")).toBeNull();
  });
});
