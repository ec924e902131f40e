// The learner's data in the browser: one IndexedDB database, "zan-reader", with an object store
// for each kind of record (saved terms, known terms, own texts, settings). Promises over the raw
// IndexedDB API, nothing else: components reach it only through components/learner/use-learner.ts.
// IndexedDB can be missing or refused (private windows, blocked storage) and a write can hit the
// quota; both reject with a LearnerStoreError whose code the UI turns into a message.
import { byNewest, bySaved } from "./order";
import { DEFAULT_SETTINGS, type LearnerData, type LearnerSettings, type OwnText, type SavedTerm } from "./types";

export const DB_NAME = "zan-reader";
export const DB_VERSION = 1;

const TERMS = "terms";
const KNOWN = "known";
const TEXTS = "texts";
const SETTINGS = "settings";
const ALL = [TERMS, KNOWN, TEXTS, SETTINGS];
/** The key of the one record of the settings store. */
const SETTINGS_KEY = "settings";

/**
 * Why the store failed: "unavailable" (no IndexedDB, or the browser refused to open it), "full"
 * (a write went over the storage quota), "failed" (any other error of the browser's storage).
 */
export type LearnerStoreErrorCode = "unavailable" | "full" | "failed";

export class LearnerStoreError extends Error {
  readonly code: LearnerStoreErrorCode;
  constructor(code: LearnerStoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "LearnerStoreError";
    this.code = code;
  }
}

export interface LearnerStore {
  /** Everything; texts newest (by createdAt) first, terms in the order they were saved. */
  load(): Promise<LearnerData>;
  putTerm(term: SavedTerm): Promise<void>;
  deleteTerm(termId: string): Promise<void>;
  setKnown(termId: string, known: boolean): Promise<void>;
  putText(text: OwnText): Promise<void>;
  deleteText(id: string): Promise<void>;
  putSettings(settings: LearnerSettings): Promise<void>;
  /** One transaction: clears every store and writes all of `data`; on any failure nothing changes. */
  replace(data: LearnerData): Promise<void>;
  /** Closes the connection (the store cannot be used after). */
  close(): void;
}

/** The error's name, for Errors and DOMExceptions alike (a DOMException may come from another realm). */
const nameOf = (error: unknown): string | undefined =>
  typeof error === "object" && error !== null && typeof (error as { name?: unknown }).name === "string"
    ? (error as { name: string }).name
    : undefined;

const messageOf = (error: unknown): string =>
  typeof error === "object" && error !== null && typeof (error as { message?: unknown }).message === "string"
    ? (error as { message: string }).message
    : String(error);

const isQuota = (error: unknown): boolean => {
  const name = nameOf(error);
  return name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED";
};

function storeError(error: unknown, what: string): LearnerStoreError {
  if (error instanceof LearnerStoreError) return error;
  const detail = nameOf(error) ? `${nameOf(error)}: ${messageOf(error)}` : messageOf(error);
  return isQuota(error)
    ? new LearnerStoreError("full", `The browser's storage is full (${what}): ${detail}`, { cause: error })
    : new LearnerStoreError("failed", `The browser's storage failed (${what}): ${detail}`, { cause: error });
}

/**
 * Runs `body` in one transaction and settles when the transaction does (complete or abort), so a
 * write is only reported done once it is durable, and a throw inside `body` aborts all of it.
 * `body` returns how to read its result once the transaction has completed.
 */
function transaction<T>(
  db: IDBDatabase,
  stores: string[],
  mode: IDBTransactionMode,
  what: string,
  body: (tx: IDBTransaction) => () => T,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let tx: IDBTransaction;
    try {
      tx = db.transaction(stores, mode);
    } catch (error) {
      reject(storeError(error, what));
      return;
    }
    let read: (() => T) | null = null;
    let failure: unknown = null;
    tx.oncomplete = () => {
      try {
        resolve((read as () => T)());
      } catch (error) {
        reject(storeError(error, what));
      }
    };
    tx.onabort = () => reject(storeError(failure ?? tx.error ?? new Error("transaction aborted"), what));
    // A failed request also aborts the transaction; keep the first error for the rejection.
    tx.onerror = (event) => {
      failure ??= (event.target as IDBRequest | null)?.error ?? tx.error;
    };
    try {
      read = body(tx);
    } catch (error) {
      failure = error;
      try {
        tx.abort();
      } catch {
        // Already finishing.
      }
    }
  });
}


function upgrade(db: IDBDatabase): void {
  if (!db.objectStoreNames.contains(TERMS)) db.createObjectStore(TERMS, { keyPath: "termId" });
  if (!db.objectStoreNames.contains(KNOWN)) db.createObjectStore(KNOWN, { keyPath: "termId" });
  if (!db.objectStoreNames.contains(TEXTS)) db.createObjectStore(TEXTS, { keyPath: "id" });
  if (!db.objectStoreNames.contains(SETTINGS)) db.createObjectStore(SETTINGS);
}

function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const unavailable = (why: string, cause?: unknown) =>
      reject(new LearnerStoreError("unavailable", `The browser's storage (IndexedDB) is not available: ${why}`, { cause }));
    let req: IDBOpenDBRequest;
    try {
      req = factory.open(DB_NAME, DB_VERSION);
    } catch (error) {
      unavailable(messageOf(error), error);
      return;
    }
    req.onupgradeneeded = () => upgrade(req.result);
    req.onsuccess = () => {
      const db = req.result;
      // A newer version of the site opened in another tab: let it upgrade.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    req.onerror = () => unavailable(req.error?.message ?? "it refused to open the database", req.error);
    req.onblocked = () => unavailable("another tab holds an older version of the database open");
  });
}

/** Opens (and on first use creates) the learner's database. */
export async function openLearnerStore(factory?: IDBFactory): Promise<LearnerStore> {
  const idb = factory ?? (typeof indexedDB === "undefined" ? undefined : indexedDB);
  if (!idb) throw new LearnerStoreError("unavailable", "The browser's storage (IndexedDB) is not available: this browser has none");
  const db = await openDatabase(idb);

  const write = (stores: string[], what: string, body: (tx: IDBTransaction) => void) =>
    transaction(db, stores, "readwrite", what, (tx) => {
      body(tx);
      return () => undefined;
    });

  return {
    load: () =>
      transaction(db, ALL, "readonly", "loading", (tx) => {
        const terms = tx.objectStore(TERMS).getAll() as IDBRequest<SavedTerm[]>;
        const known = tx.objectStore(KNOWN).getAll() as IDBRequest<{ termId: string }[]>;
        const texts = tx.objectStore(TEXTS).getAll() as IDBRequest<OwnText[]>;
        const settings = tx.objectStore(SETTINGS).get(SETTINGS_KEY) as IDBRequest<LearnerSettings | undefined>;
        return () => ({
          terms: terms.result.sort(bySaved),
          known: known.result.map((k) => k.termId),
          texts: texts.result.sort(byNewest),
          settings: { ...DEFAULT_SETTINGS, ...settings.result },
        });
      }),
    putTerm: (term) => write([TERMS], "saving a term", (tx) => void tx.objectStore(TERMS).put(term)),
    deleteTerm: (termId) => write([TERMS], "removing a term", (tx) => void tx.objectStore(TERMS).delete(termId)),
    setKnown: (termId, known) =>
      write([KNOWN], "marking a term known", (tx) => {
        const store = tx.objectStore(KNOWN);
        if (known) store.put({ termId });
        else store.delete(termId);
      }),
    putText: (text) => write([TEXTS], "saving a text", (tx) => void tx.objectStore(TEXTS).put(text)),
    deleteText: (id) => write([TEXTS], "deleting a text", (tx) => void tx.objectStore(TEXTS).delete(id)),
    putSettings: (settings) =>
      write([SETTINGS], "saving the settings", (tx) => void tx.objectStore(SETTINGS).put(settings, SETTINGS_KEY)),
    replace: (data) =>
      write(ALL, "importing", (tx) => {
        for (const name of ALL) tx.objectStore(name).clear();
        const terms = tx.objectStore(TERMS);
        for (const term of data.terms) terms.put(term);
        const known = tx.objectStore(KNOWN);
        for (const termId of data.known) known.put({ termId });
        const texts = tx.objectStore(TEXTS);
        for (const text of data.texts) texts.put(text);
        tx.objectStore(SETTINGS).put(data.settings, SETTINGS_KEY);
      }),
    close: () => db.close(),
  };
}
