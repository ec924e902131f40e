// The learner's data as one JSON file the reader can keep and bring back (to another browser, or
// after clearing this one). Reading a file checks every record with zod and reports each problem
// as a code, the path of the bad field (`terms[3].schedule.due`) and the value found there, so the
// UI can say what is wrong in the interface language. A file is refused whole rather than
// imported in part: nothing the reader kept is silently left out.
import { z } from "zod";
import { DOMAINS, LANGS, STATUSES } from "@/lib/glossary/schema";
import type { LearnerData } from "./types";

export { mergeLearnerData } from "./merge";

export const BACKUP_FORMAT = "zan-reader-learner";
export const BACKUP_VERSION = 1;
/** The largest file read (bytes of UTF-8): far above any real reader's data, below what would hang a phone. */
import { MAX_BACKUP_BYTES, MAX_BACKUP_TERMS } from "./backup-limits";

export { MAX_BACKUP_BYTES, MAX_BACKUP_TERMS, backupTooLarge } from "./backup-limits";

/**
 * What is wrong with a file:
 * - "tooLarge": over MAX_BACKUP_BYTES (`limit`), "tooManyTerms": over MAX_BACKUP_TERMS (`limit`);
 * - "notJson": not JSON at all (`detail`: the parser's message);
 * - "wrongFormat": JSON, but not a Zan Reader learner file (`value`: its `format`);
 * - "newerVersion": written by a newer Zan Reader (`value`: its version);
 * - "invalid": a field is missing or wrong; `path` names it, `value` is what was found, `reason`
 *   says how it is wrong and `detail` keeps zod's (English) message.
 */
export type BackupProblemCode = "tooLarge" | "tooManyTerms" | "notJson" | "wrongFormat" | "newerVersion" | "invalid";

/** How a field is wrong (for "invalid"). */
export type BackupProblemReason =
  | "missing"
  | "wrongType"
  | "notDate"
  | "notOneOf"
  | "outOfRange"
  | "duplicate"
  | "mismatch"
  | "other";

export interface BackupProblem {
  code: BackupProblemCode;
  /** Where in the file, as `terms[3].schedule.due`; "" for the file as a whole. */
  path: string;
  /** The path's parts (`["terms", 3, "schedule", "due"]`), for a UI that words it itself. */
  pathParts: (string | number)[];
  value?: unknown;
  reason?: BackupProblemReason;
  limit?: number;
  detail?: string;
}

export type BackupResult = { ok: true; data: LearnerData } | { ok: false; problems: BackupProblem[] };

const date = z.iso.datetime({ offset: true });
const nonEmpty = z.string().min(1);
const count = z.number().int().nonnegative();

const sentence = z.looseObject({ before: z.string(), term: nonEmpty, after: z.string() });

// Glossary blocks keep whatever else the glossary wrote (variants' details, notes, parts of speech).
const langBlock = z.looseObject({
  term: nonEmpty,
  variants: z.array(z.string()),
  definition: z.string().optional(),
});

const entry = z.looseObject({
  id: nonEmpty,
  status: z.enum(STATUSES),
  domains: z.array(z.enum(DOMAINS)),
  kk: langBlock,
  ru: langBlock,
  en: langBlock,
});

const paragraph = z.number().int().positive();
const metIn = z.discriminatedUnion("kind", [
  z.looseObject({ kind: z.literal("article"), slug: nonEmpty, title: z.string(), paragraph }),
  z.looseObject({ kind: z.literal("text"), id: nonEmpty, title: z.string(), paragraph }),
]);

const schedule = z.looseObject({
  due: date,
  stability: z.number().nonnegative(),
  difficulty: z.number().nonnegative(),
  elapsedDays: z.number().nonnegative(),
  scheduledDays: z.number().nonnegative(),
  learningSteps: count,
  reps: count,
  lapses: count,
  state: z.enum(["new", "learning", "review", "relearning"]),
  lastReview: date.optional(),
});

const savedTerm = z
  .looseObject({
    termId: nonEmpty,
    entry,
    lang: z.enum(LANGS),
    form: nonEmpty,
    grammar: z.string().optional(),
    sentence,
    translation: z.looseObject({ lang: z.enum(["ru", "en"]), sentence }).optional(),
    metIn,
    savedAt: date,
    schedule,
  })
  .superRefine((term, ctx) => {
    if (term.entry.id !== term.termId) {
      ctx.addIssue({ code: "custom", path: ["entry", "id"], message: "must be the same as termId", params: { reason: "mismatch" } });
    }
  });

const ownText = z.looseObject({
  id: nonEmpty,
  title: z.string(),
  text: z.string(),
  lang: z.enum(LANGS),
  createdAt: date,
  updatedAt: date,
});

const settings = z.looseObject({ quietKnown: z.boolean(), flashcardScript: z.enum(["cyrl", "latn"]) });

/** Each id once: a second record with the same id would overwrite the first in the store. */
function unique<T>(key: (item: T) => string, field: string) {
  return (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const id = key(item);
      if (seen.has(id)) ctx.addIssue({ code: "custom", path: [i, field], message: `"${id}" appears twice`, params: { reason: "duplicate" } });
      seen.add(id);
    });
  };
}

const fileSchema = z.looseObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: date,
  terms: z.array(savedTerm).superRefine(unique((t) => t.termId, "termId")),
  known: z.array(nonEmpty),
  texts: z.array(ownText).superRefine(unique((t) => t.id, "id")),
  settings,
});

// The schema's output must be the learner's data (plus whatever extra keys the file held).
type Checked = z.output<typeof fileSchema>;
const asData = (file: Checked): LearnerData => ({
  terms: file.terms,
  known: [...new Set(file.known)],
  texts: file.texts,
  settings: file.settings,
});

/** The export file for `data`, written at `now`. */
export function backupJson(data: LearnerData, now: Date): string {
  return JSON.stringify({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    terms: data.terms,
    known: data.known,
    texts: data.texts,
    settings: data.settings,
  });
}

/** The name to give the export file: `zan-reader-learner-2026-03-02.json`. */
export const backupFileName = (now: Date): string => `zan-reader-learner-${now.toISOString().slice(0, 10)}.json`;

const utf8Length = (text: string): number => new TextEncoder().encode(text).length;

export function pathText(parts: readonly PropertyKey[]): string {
  let out = "";
  for (const part of parts) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out;
}

function valueAt(root: unknown, parts: readonly PropertyKey[]): unknown {
  let value = root;
  for (const part of parts) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

function reasonOf(issue: z.core.$ZodIssue, value: unknown): BackupProblemReason {
  switch (issue.code) {
    case "invalid_type":
      return value === undefined ? "missing" : "wrongType";
    case "invalid_format":
      return issue.format === "datetime" ? "notDate" : "other";
    case "invalid_value":
      return "notOneOf";
    case "invalid_union":
      return value === undefined ? "missing" : "notOneOf";
    case "too_small":
    case "too_big":
      return "outOfRange";
    case "custom": {
      const reason = (issue.params as { reason?: BackupProblemReason } | undefined)?.reason;
      return reason ?? "other";
    }
    default:
      return "other";
  }
}

const problem = (code: BackupProblemCode, rest: Partial<BackupProblem> = {}): BackupProblem => ({
  code,
  path: "",
  pathParts: [],
  ...rest,
});

/** Reads an export file: the data, or every problem found in it. */
export function readBackup(json: string): BackupResult {
  if (json.length > MAX_BACKUP_BYTES || (json.length * 3 > MAX_BACKUP_BYTES && utf8Length(json) > MAX_BACKUP_BYTES)) {
    return { ok: false, problems: [problem("tooLarge", { limit: MAX_BACKUP_BYTES })] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    return { ok: false, problems: [problem("notJson", { detail: error instanceof Error ? error.message : String(error) })] };
  }
  const file = typeof raw === "object" && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null;
  if (!file || file.format !== BACKUP_FORMAT) {
    return {
      ok: false,
      problems: [problem("wrongFormat", file ? { path: "format", pathParts: ["format"], value: file.format } : {})],
    };
  }
  if (typeof file.version === "number" && file.version > BACKUP_VERSION) {
    return { ok: false, problems: [problem("newerVersion", { path: "version", pathParts: ["version"], value: file.version })] };
  }
  if (Array.isArray(file.terms) && file.terms.length > MAX_BACKUP_TERMS) {
    return {
      ok: false,
      problems: [problem("tooManyTerms", { path: "terms", pathParts: ["terms"], value: file.terms.length, limit: MAX_BACKUP_TERMS })],
    };
  }
  const parsed = fileSchema.safeParse(file);
  if (parsed.success) return { ok: true, data: asData(parsed.data) };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => {
      const parts = issue.path.filter((p): p is string | number => typeof p !== "symbol");
      const value = valueAt(file, parts);
      return problem("invalid", { path: pathText(parts), pathParts: parts, value, reason: reasonOf(issue, value), detail: issue.message });
    }),
  };
}
