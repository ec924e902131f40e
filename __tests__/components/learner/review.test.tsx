/** @jest-environment jsdom */
// The review page's client part with the browser's data: the numbers due today and saved; the
// earliest due card with the form met in its sentence; the answer with equivalents, definition,
// grammar, translation and the way back; answers by button or key that move the term's next
// review on in the database; the list of saved terms; and the data's export, import (a bad file
// refused with each problem named where it is) and the due cards for Anki.
import "@testing-library/jest-dom";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { ReviewApp } from "@/components/learner/review-app";
import { resetLearnerForTests } from "@/components/learner/use-learner";
import { storeScript } from "@/components/term/kazakh-script";
import { backupJson, readBackup } from "@/lib/learner/backup";
import { DEFAULT_SETTINGS, type SavedTerm } from "@/lib/learner/types";
import { toLatin } from "@/lib/translit";
import { renderWithIntl } from "../term/render-with-intl";
import { freshLearnerDb, juryTerm, seedTerms, storedData } from "./setup";

jest.mock("next/navigation", () => ({ usePathname: () => "/en/review", useRouter: () => ({}), useParams: () => ({}) }));

// jsdom's Blob has no text(); browsers do.
Blob.prototype.text ??= function (this: Blob) {
  return new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(this);
  });
};

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const COURT: SavedTerm["entry"] = {
  id: "court",
  status: "reviewed",
  domains: ["courts"],
  kk: { term: "сот", variants: [], definition: "Сот төрелігін жүзеге асыратын орган." },
  ru: { term: "суд", variants: [], definition: "Орган правосудия." },
  en: { term: "court", variants: [], definition: "A body that administers justice." },
};

/** «сот», saved earlier and due again in three days (not due today). */
function courtTerm(now: Date): SavedTerm {
  const term = juryTerm(new Date(now.getTime() - 5 * DAY), {
    termId: "court",
    entry: COURT,
    form: "сотта",
    sentence: { before: "Іс ", term: "сотта", after: " қаралды." },
    metIn: { kind: "text", id: "text-1", title: "Менің мәтінім", paragraph: 1 },
  });
  delete term.grammar;
  delete term.translation;
  term.schedule = { ...term.schedule, due: new Date(now.getTime() + 3 * DAY).toISOString(), state: "review", reps: 3, stability: 3, lastReview: new Date(now.getTime() - DAY).toISOString() };
  return term;
}

let factory: Awaited<ReturnType<typeof freshLearnerDb>>;
let now: Date;
beforeEach(async () => {
  factory = await freshLearnerDb();
  now = new Date();
  window.localStorage.clear();
});
afterAll(() => resetLearnerForTests());

async function renderReview(locale: "en" | "kk" | "ru" = "en", terms: SavedTerm[] = [juryTerm(new Date(now.getTime() - 60 * MINUTE)), courtTerm(now)]) {
  await seedTerms(factory, terms);
  const view = renderWithIntl(<ReviewApp />, locale);
  await screen.findByText(/Due today|Бүгін|К повторению/);
  return view;
}

const card = () => document.querySelector<HTMLElement>("[data-review-card]");
const savedItem = (id: string) => document.querySelector<HTMLElement>(`[data-term-id="${id}"]`);

/** Captures what the page hands the browser to download. */
function captureDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  let next = 0;
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${next++}`;
    blobs.set(url, blob as Blob);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    files.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  return files;
}

function chooseFile(name: string, content: string) {
  const input = document.querySelector<HTMLInputElement>("input[type=file]")!;
  const file = new File([content], name, { type: "application/json" });
  fireEvent.change(input, { target: { files: [file] } });
}

describe("the review page", () => {
  it("says how many terms are due today and saved, and shows the earliest due: the form met, bold in its sentence", async () => {
    await renderReview();
    expect(screen.getByText("Due today: 1 · Saved: 2")).toBeVisible();
    const front = card()!;
    expect(front).toHaveAttribute("data-review-card", "jury-trial");
    expect(within(front).getByText("алқабилер сотының", { selector: "p" })).toHaveAttribute("lang", "kk");
    const bold = within(front).getByText("алқабилер сотының", { selector: "b" });
    expect(bold.parentElement).toHaveTextContent("Бұл алқабилер сотының ісі.");
    // The answer is hidden until asked for.
    expect(within(front).queryByText("jury trial")).toBeNull();
    expect(within(front).queryByRole("button", { name: /Good/ })).toBeNull();
  });

  it("shows the answer — equivalents, definition, grammar of the form, translation, the way back — and when each answer brings it back", async () => {
    await renderReview();
    fireEvent.click(screen.getByRole("button", { name: "Show answer" }));
    const answer = card()!.querySelector<HTMLElement>("[data-answer]")!;
    expect(answer).toHaveFocus();
    expect(answer).toHaveTextContent("суд присяжных");
    expect(answer).toHaveTextContent("jury trial");
    expect(answer).toHaveTextContent("A trial in which jurors decide on guilt.");
    expect(answer).not.toHaveTextContent("Суд с участием присяжных заседателей.");
    expect(answer).toHaveTextContent("сотының = сот + ы (3rd-person possessive) + ның (genitive)");
    expect(within(answer).getByText("jury trial", { selector: "b" }).parentElement).toHaveTextContent("This is a case of the jury trial.");
    const back = within(answer).getByRole("link", { name: /Жоғарғы сот/ });
    expect(back).toHaveTextContent("Жоғарғы сот, paragraph 2");
    expect(back).toHaveAttribute("href", "/en/articles/supreme-court-international-partners#p2");
    const grades = within(answer).getByRole("group", { name: "How well did you remember it?" });
    expect(within(grades).getAllByRole("button").map((b) => b.textContent)).toEqual([
      "1 Againin 1 minute",
      "2 Hardin 6 minutes",
      "3 Goodin 10 minutes",
      "4 Easyin 8 days",
    ]);
  });

  it("answers from the keyboard — Space shows, 3 is Good — and the term's next review moves on in the browser's database", async () => {
    await renderReview();
    const before = Date.now();
    act(() => {
      fireEvent.keyDown(document.body, { key: " " });
    });
    expect(card()!.querySelector("[data-answer]")).not.toBeNull();
    fireEvent.keyDown(document.body, { key: "3" });
    const nothing = await screen.findByText("Nothing is due now. The next term comes back in 10 minutes.", { selector: "p[tabindex]" });
    await waitFor(() => expect(nothing).toHaveFocus());
    const jury = (await storedData(factory)).terms.find((t) => t.termId === "jury-trial")!;
    expect(jury.schedule.reps).toBe(1);
    expect(Date.parse(jury.schedule.due)).toBeGreaterThanOrEqual(before + 10 * MINUTE - 1000);
    // The list shows the new time too.
    await waitFor(() => expect(savedItem("jury-trial")).toHaveAttribute("data-due", jury.schedule.due));
    // A learning step counts as due at its moment, not before: the count agrees with the session.
    expect(screen.getByText("Due today: 0 · Saved: 2")).toBeVisible();
  });

  it("announces the next card and gives its Show answer button the focus", async () => {
    const second = juryTerm(new Date(now.getTime() - 30 * MINUTE), { termId: "court", entry: COURT, form: "сотта", sentence: { before: "", term: "сотта", after: "" } });
    await renderReview("en", [juryTerm(new Date(now.getTime() - 60 * MINUTE)), second]);
    fireEvent.click(screen.getByRole("button", { name: "Show answer" }));
    fireEvent.click(screen.getByRole("button", { name: /Again/ }));
    await waitFor(() => expect(card()).toHaveAttribute("data-review-card", "court"));
    await waitFor(() => expect(screen.getByRole("button", { name: "Show answer" })).toHaveFocus());
    expect(screen.getAllByRole("status").some((s) => s.textContent === "Next card: сотта. Due now: 1.")).toBe(true);
  });

  it("shows Kazakh in Latin when the reader chose the Latin script", async () => {
    storeScript("latn");
    await renderReview();
    expect(within(card()!).getByText(toLatin("алқабилер сотының"), { selector: "p" })).toHaveAttribute("lang", "kk-Latn");
  });

  it("words when an answer brings the term back in Kazakh even where the browser has no Kazakh time data", async () => {
    const supported = jest.spyOn(Intl.RelativeTimeFormat, "supportedLocalesOf").mockReturnValue([]);
    try {
      await renderReview("kk");
      fireEvent.click(screen.getByRole("button", { name: "Жауапты көрсету" }));
      expect(screen.getByRole("button", { name: /Жақсы/ })).toHaveTextContent("10 минуттан кейін");
      expect(screen.getByRole("button", { name: /Оңай/ })).toHaveTextContent("8 күннен кейін");
    } finally {
      supported.mockRestore();
    }
  });

  it("lists the saved terms with the form met, where and the next review; a term can be marked known, and removed after asking", async () => {
    await renderReview();
    const court = savedItem("court")!;
    expect(court).toHaveTextContent("сот");
    expect(within(court).getByText("Form met").nextElementSibling).toHaveTextContent("сотта");
    const back = within(court).getByRole("link", { name: /Менің мәтінім/ });
    expect(back).toHaveTextContent("Менің мәтінім (your text), paragraph 1");
    expect(back).toHaveAttribute("href", "/en/annotate?text=text-1");
    expect(within(court).getByText("in 3 days")).toHaveAttribute("datetime", courtTerm(now).schedule.due);
    expect(within(savedItem("jury-trial")!).getByText("now")).toBeVisible();

    fireEvent.click(within(court).getByRole("button", { name: "I know this" }));
    await waitFor(() => expect(within(savedItem("court")!).getByRole("button", { name: "I know this" })).toHaveAttribute("aria-pressed", "true"));
    expect((await storedData(factory)).known).toEqual(["court"]);

    fireEvent.click(within(court).getByRole("button", { name: "Remove" }));
    expect(within(court).getByRole("button", { name: "Keep" })).toHaveFocus();
    fireEvent.click(within(court).getByRole("button", { name: "Yes, remove" }));
    await waitFor(() => expect(savedItem("court")).toBeNull());
    expect((await storedData(factory)).terms.map((t) => t.termId)).toEqual(["jury-trial"]);
  });

  it("refuses a bad file whole, naming each problem and where it is", async () => {
    await renderReview();
    const bad = JSON.parse(backupJson({ terms: [courtTerm(now)], known: [], texts: [], settings: DEFAULT_SETTINGS }, now));
    bad.terms[0].schedule.due = "yesterday";
    chooseFile("old.json", JSON.stringify(bad));
    const alert = await screen.findByText("Nothing was imported from old.json:");
    expect(alert.parentElement).toHaveTextContent("saved term 1, schedule.due: not a date (found “yesterday”)");
    chooseFile("notes.json", "not json at all");
    await screen.findByText("Nothing was imported from notes.json:");
    expect(screen.getByText("it is not a JSON file.")).toBeVisible();
    expect((await storedData(factory)).terms.map((t) => t.termId).sort()).toEqual(["court", "jury-trial"]);
  });

  it("imports a good file into what is here and says what it brought", async () => {
    await renderReview("en", [juryTerm(new Date(now.getTime() - 60 * MINUTE))]);
    chooseFile("backup.json", backupJson({ terms: [courtTerm(now)], known: ["judge"], texts: [], settings: DEFAULT_SETTINGS }, now));
    expect(await screen.findByText("Imported from backup.json: saved terms 1, known terms 1, texts 0.")).toBeVisible();
    await waitFor(() => expect(savedItem("court")).not.toBeNull());
    expect(savedItem("jury-trial")).not.toBeNull();
    const stored = await storedData(factory);
    expect(stored.terms.map((t) => t.termId).sort()).toEqual(["court", "jury-trial"]);
    expect(stored.known).toEqual(["judge"]);
  });

  it("exports the data as one JSON file that reads back the same", async () => {
    const files = captureDownloads();
    await renderReview();
    fireEvent.click(screen.getByRole("button", { name: "Export my data (JSON)" }));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(files[0]!.name).toMatch(/^zan-reader-learner-\d{4}-\d{2}-\d{2}\.json$/);
    const read = readBackup(await files[0]!.blob.text());
    expect(read.ok && read.data.terms).toEqual((await storedData(factory)).terms);
  });

  it("downloads the due cards for Anki in the flashcards' chosen script", async () => {
    const files = captureDownloads();
    await renderReview();
    fireEvent.click(screen.getByRole("button", { name: "Download due cards for Anki (CSV)" }));
    expect(await screen.findByText("Downloaded 1 card for Anki.")).toBeVisible();
    const csv = await files[0]!.blob.text();
    expect(csv).toContain("#deck:Zan Reader");
    expect(csv).toContain("zan-reader:jury-trial");
    expect(csv).not.toContain("zan-reader:court"); // not due
    expect(csv).toContain("алқабилер соты");

    fireEvent.click(screen.getByRole("radio", { name: "Latin (2021)" }));
    await waitFor(() => expect(screen.getByRole("radio", { name: "Latin (2021)" })).toBeChecked());
    expect((await storedData(factory)).settings.flashcardScript).toBe("latn");
    fireEvent.click(screen.getByRole("button", { name: "Download due cards for Anki (CSV)" }));
    await waitFor(() => expect(files).toHaveLength(2));
    const latin = await files[1]!.blob.text();
    expect(latin).toContain(toLatin("алқабилер соты"));
    expect(latin).toContain("суд присяжных");
  });

  it("says when nothing has been saved yet", async () => {
    await renderReview("en", []);
    expect(screen.getByText("Due today: 0 · Saved: 0")).toBeVisible();
    expect(screen.getByText(/You have not saved any terms yet/)).toBeVisible();
  });

  it("says so when the browser keeps no data", async () => {
    await resetLearnerForTests({ open: () => { throw new Error("no storage"); } } as unknown as IDBFactory);
    renderWithIntl(<ReviewApp />);
    expect(await screen.findByRole("alert")).toHaveTextContent("This browser does not let the site keep data");
  });
});
