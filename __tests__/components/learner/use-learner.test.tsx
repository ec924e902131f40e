/** @jest-environment jsdom */
// The UI's access to the learner's data: a change made through the module's functions reaches
// every rendered component, and is in the browser's database, where another page (a second store
// opened on the same IndexedDB) finds it.
import "@testing-library/jest-dom";
import { act, render, screen, waitFor } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { IDBFactory } from "fake-indexeddb";
import { deserialize, serialize } from "node:v8";
import { BroadcastChannel as NodeBroadcastChannel } from "node:worker_threads";
import {
  deleteText,
  gradeTerm,
  importData,
  removeTerm,
  resetLearnerForTests,
  saveTerm,
  saveText,
  setKnown,
  updateSettings,
  useKnownTermIds,
  useLearner,
  useSavedTerm,
} from "@/components/learner/use-learner";
import { openLearnerStore } from "@/lib/learner/store";
import { COURT, JURY, OLDER_TEXT, TEXT } from "../../lib/learner/fixtures";

// jsdom has no structuredClone, which IndexedDB (fake-indexeddb) uses to store values.
globalThis.structuredClone ??= <T,>(value: T): T => deserialize(serialize(value)) as T;

function Status() {
  const { status, data } = useLearner();
  return (
    <p data-testid="status">{`${status}:${data ? data.terms.map((t) => t.termId).join(",") : "-"}`}</p>
  );
}

function Saved({ id }: { id: string }) {
  const term = useSavedTerm(id);
  const known = useKnownTermIds();
  return (
    <p data-testid={`saved-${id}`}>
      {term ? `saved ${term.schedule.state}` : "not saved"}
      {known.has(id) ? " known" : ""}
    </p>
  );
}

let factory: IDBFactory;
beforeEach(async () => {
  factory = new IDBFactory();
  await resetLearnerForTests(factory);
});
afterAll(() => resetLearnerForTests());

async function reopenedData() {
  const other = await openLearnerStore(factory);
  try {
    return await other.load();
  } finally {
    other.close();
  }
}

describe("useLearner", () => {
  it("renders 'loading' with no data on the server, even once the browser has loaded", async () => {
    await saveTerm(JURY);
    expect(renderToString(<Status />)).toContain("loading:-");
  });

  it("loads, then a saved term reaches every rendered component and the database", async () => {
    render(
      <>
        <Status />
        <Saved id="jury-trial" />
      </>,
    );
    await waitFor(() => expect(screen.getByTestId("status")).toHaveTextContent("ready:"));
    expect(screen.getByTestId("saved-jury-trial")).toHaveTextContent("not saved");

    await act(() => saveTerm(JURY));
    expect(screen.getByTestId("status")).toHaveTextContent("ready:jury-trial");
    expect(screen.getByTestId("saved-jury-trial")).toHaveTextContent("saved new");
    expect((await reopenedData()).terms).toEqual([JURY]);
  });

  it("grading moves the saved term's schedule, here and in the database", async () => {
    render(<Saved id="jury-trial" />);
    await act(() => saveTerm(JURY));
    await act(() => gradeTerm("jury-trial", "good", new Date("2026-03-01T08:05:00Z")));
    expect(screen.getByTestId("saved-jury-trial")).toHaveTextContent("saved learning");
    const [stored] = (await reopenedData()).terms;
    expect(stored!.schedule.reps).toBe(1);
    expect(Date.parse(stored!.schedule.due)).toBeGreaterThan(Date.parse("2026-03-01T08:05:00Z"));
    await expect(gradeTerm("no-such-term", "good")).rejects.toThrow(/no-such-term/);
  });

  it("saving a term again keeps its schedule and updates where it was met", async () => {
    await saveTerm(JURY);
    await gradeTerm("jury-trial", "easy", new Date("2026-03-01T08:05:00Z"));
    const metAgain = { ...JURY, form: "алқабилер соты", metIn: { ...JURY.metIn, paragraph: 7 } };
    await saveTerm({ ...metAgain, savedAt: "2026-03-05T00:00:00.000Z" });
    const [stored] = (await reopenedData()).terms;
    expect(stored!.schedule.state).toBe("review");
    expect(stored!.savedAt).toBe(JURY.savedAt);
    expect(stored!.metIn).toEqual(metAgain.metIn);
  });

  it("known marks, removal, texts and settings are kept", async () => {
    render(<Saved id="court" />);
    await act(() => setKnown("court", true));
    expect(screen.getByTestId("saved-court")).toHaveTextContent("not saved known");
    await act(async () => {
      await saveTerm(JURY);
      await saveTerm(COURT);
      await removeTerm("jury-trial");
      await saveText(OLDER_TEXT);
      await saveText(TEXT);
      await saveText({ ...OLDER_TEXT, id: "gone" });
      await deleteText("gone");
      await updateSettings({ flashcardScript: "latn" });
    });
    const data = await reopenedData();
    expect(data.terms.map((t) => t.termId)).toEqual(["supreme-court"]);
    expect(data.known).toEqual(["court"]);
    expect(data.texts.map((t) => t.id)).toEqual(["text-1", "text-0"]);
    expect(data.settings).toEqual({ quietKnown: true, flashcardScript: "latn" });
    await act(() => setKnown("court", false));
    expect(screen.getByTestId("saved-court")).toHaveTextContent(/^not saved$/);
  });

  it("importData merges with what is there, never losing a term", async () => {
    render(<Status />);
    await act(() => saveTerm(JURY));
    await act(() => importData({ terms: [COURT], known: ["judge"], texts: [TEXT], settings: { quietKnown: false, flashcardScript: "cyrl" } }));
    expect(screen.getByTestId("status")).toHaveTextContent("ready:jury-trial,supreme-court");
    const data = await reopenedData();
    expect(data.terms.map((t) => t.termId).sort()).toEqual(["jury-trial", "supreme-court"]);
    expect(data.known).toEqual(["judge"]);
    expect(data.settings.quietKnown).toBe(false);
  });

  it("another tab learns of a change through the BroadcastChannel", async () => {
    const Channel = globalThis.BroadcastChannel;
    globalThis.BroadcastChannel = NodeBroadcastChannel as unknown as typeof BroadcastChannel;
    let other: typeof import("@/components/learner/use-learner") | undefined;
    try {
      await resetLearnerForTests(factory);
      // A second copy of the module (another tab's), sharing this React.
      const react = jest.requireActual<typeof import("react")>("react");
      jest.isolateModules(() => {
        jest.doMock("react", () => react);
        other = jest.requireActual<typeof import("@/components/learner/use-learner")>("@/components/learner/use-learner");
      });
      await other!.resetLearnerForTests(factory);
      function OtherTab() {
        const { status, data } = other!.useLearner();
        return <p data-testid="other">{`${status}:${data ? data.known.join(",") : "-"}`}</p>;
      }
      render(
        <>
          <Status />
          <OtherTab />
        </>,
      );
      await waitFor(() => expect(screen.getByTestId("other")).toHaveTextContent("ready:"));
      await waitFor(() => expect(screen.getByTestId("status")).toHaveTextContent("ready:"));
      await act(() => setKnown("judge", true));
      await waitFor(() => expect(screen.getByTestId("other")).toHaveTextContent("ready:judge"));
    } finally {
      await other?.resetLearnerForTests();
      await resetLearnerForTests(factory);
      globalThis.BroadcastChannel = Channel;
    }
  });

  it("shows 'unavailable' when the browser refuses its storage, and a change then rejects with that code", async () => {
    await resetLearnerForTests({
      open: () => {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    } as unknown as IDBFactory);
    render(<Status />);
    await waitFor(() => expect(screen.getByTestId("status")).toHaveTextContent("unavailable:-"));
    await expect(saveTerm(JURY)).rejects.toMatchObject({ code: "unavailable" });
  });
});
