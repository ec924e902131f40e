// The learner's IndexedDB store (fake-indexeddb): what is written survives closing and
// reopening the database, as it must survive a reload of the page.
import { IDBFactory, IDBObjectStore } from "fake-indexeddb";
import { LearnerStoreError, openLearnerStore, type LearnerStore } from "@/lib/learner/store";
import { DEFAULT_SETTINGS, type SavedTerm } from "@/lib/learner/types";
import { grade } from "@/lib/learner/schedule";
import { COURT, DATA, EMPTY, JURY, OLDER_TEXT, TEXT } from "./fixtures";

let factory: IDBFactory;
const open: LearnerStore[] = [];
async function openStore(): Promise<LearnerStore> {
  const store = await openLearnerStore(factory);
  open.push(store);
  return store;
}
/** Closes the store and opens the database again, as a new page would. */
async function reopen(store: LearnerStore): Promise<LearnerStore> {
  store.close();
  return openStore();
}

beforeEach(() => {
  factory = new IDBFactory();
});
afterEach(() => {
  for (const store of open.splice(0)) store.close();
});

describe("openLearnerStore", () => {
  it("starts empty, with the default settings", async () => {
    const store = await openStore();
    await expect(store.load()).resolves.toEqual(EMPTY);
  });

  it("keeps terms, known terms, texts and settings across a reload", async () => {
    let store = await openStore();
    await store.putTerm(JURY);
    await store.putTerm(COURT);
    await store.setKnown("court", true);
    await store.setKnown("judge", true);
    await store.putText(TEXT);
    await store.putText(OLDER_TEXT);
    await store.putSettings({ quietKnown: false, flashcardScript: "latn" });
    store = await reopen(store);
    const data = await store.load();
    expect(data.terms).toEqual([JURY, COURT]);
    expect([...data.known].sort()).toEqual(["court", "judge"]);
    // Texts newest first.
    expect(data.texts.map((t) => t.id)).toEqual(["text-1", "text-0"]);
    expect(data.texts[0]).toEqual(TEXT);
    expect(data.settings).toEqual({ quietKnown: false, flashcardScript: "latn" });
  });

  it("putTerm replaces the term with the same id (a graded schedule)", async () => {
    let store = await openStore();
    await store.putTerm(JURY);
    const graded: SavedTerm = { ...JURY, schedule: grade(JURY.schedule, "good", new Date("2026-03-01T09:00:00Z")) };
    await store.putTerm(graded);
    store = await reopen(store);
    expect((await store.load()).terms).toEqual([graded]);
  });

  it("deletes a term, a known mark and a text, leaving the others", async () => {
    let store = await openStore();
    await store.replace(DATA);
    await store.deleteTerm("jury-trial");
    await store.setKnown("court", false);
    await store.deleteText("text-0");
    store = await reopen(store);
    const data = await store.load();
    expect(data.terms).toEqual([COURT]);
    expect(data.known).toEqual(["judge"]);
    expect(data.texts).toEqual([TEXT]);
  });

  it("replace clears what was there and writes all of the new data", async () => {
    let store = await openStore();
    await store.putTerm(JURY);
    await store.setKnown("lawyer", true);
    await store.putText({ ...TEXT, id: "gone" });
    await store.replace({ ...DATA, terms: [COURT], known: ["judge"], texts: [OLDER_TEXT] });
    store = await reopen(store);
    expect(await store.load()).toEqual({ ...DATA, terms: [COURT], known: ["judge"], texts: [OLDER_TEXT] });
  });

  it("replace is atomic: when one record cannot be written, nothing changes", async () => {
    const store = await openStore();
    await store.replace(DATA);
    const broken = { ...COURT, termId: undefined } as unknown as SavedTerm;
    const failure = store.replace({ ...EMPTY, terms: [JURY, broken] });
    await expect(failure).rejects.toBeInstanceOf(LearnerStoreError);
    await expect(failure).rejects.toMatchObject({ code: "failed" });
    const data = await store.load();
    expect(data.terms).toEqual([JURY, COURT]);
    expect(data.texts).toHaveLength(2);
    expect(data.settings).toEqual(DATA.settings);
  });

  it("fills settings missing from an older record with the defaults", async () => {
    const store = await openStore();
    await store.putSettings({ quietKnown: false } as never);
    expect((await store.load()).settings).toEqual({ ...DEFAULT_SETTINGS, quietKnown: false });
  });

  it("rejects with code 'unavailable' when there is no IndexedDB", async () => {
    const original = (globalThis as { indexedDB?: unknown }).indexedDB;
    delete (globalThis as { indexedDB?: unknown }).indexedDB;
    try {
      await expect(openLearnerStore()).rejects.toMatchObject({ name: "LearnerStoreError", code: "unavailable" });
    } finally {
      if (original !== undefined) (globalThis as { indexedDB?: unknown }).indexedDB = original;
    }
  });

  it("rejects with code 'unavailable' when the browser refuses to open the database", async () => {
    const refusing = {
      open: () => {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    } as unknown as IDBFactory;
    await expect(openLearnerStore(refusing)).rejects.toMatchObject({ code: "unavailable" });
  });

  it("rejects a write over the quota with code 'full', and keeps what was there", async () => {
    const store = await openStore();
    await store.putTerm(JURY);
    // Make the next put fail as a browser does when the origin's quota is used up.
    const spy = jest.spyOn(IDBObjectStore.prototype, "put").mockImplementation(() => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    });
    try {
      await expect(store.putTerm(COURT)).rejects.toMatchObject({ code: "full" });
    } finally {
      spy.mockRestore();
    }
    expect((await store.load()).terms).toEqual([JURY]);
  });
});
