// The editing API's work on entry files: read one with its version, check an edited one against
// the glossary as it is on disk, preview it, and save it. A save writes glossary/{id}.yaml only
// when the check finds no error and the file is still the version the editor started from
// (another tab's save in between is a 409, never a silent overwrite); the file is written to a
// temporary name and renamed over the old one, so a reader never sees half a file. The read,
// compare and write run without a pause between them, so two saves in this process cannot
// interleave. The running app reads the files again as they change (server/content/source.ts,
// files source), so the saved entry shows without a rebuild.
import { createHash } from "node:crypto";
import { existsSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseYamlSource } from "@/lib/glossary/yaml-document";
import { checkEntryFile, parseCache, type EntryCheck } from "@/lib/editing/check";
import { entryFileText, type EntryData } from "@/lib/editing/entry-file";
import { previewEntry, type EntryPreview } from "@/lib/editing/preview";
import { loadGlossary, type SourceFile } from "@/lib/glossary/load";
import { ID_PATTERN, LANGS, type GlossaryEntry, type Lang } from "@/lib/glossary/schema";
import { isError, makeProblem, type Problem } from "@/lib/problems";
import { problemMessage, type Translate } from "@/lib/problem-messages";
import type { ProblemAnswer } from "@/lib/contracts/edit-answers";
import { displayPath, GLOSSARY_DIR, readGlossaryFile, readGlossaryFiles } from "@/server/content/files";
import { readArticles, readGlossary, termIndexOf } from "@/server/content/loaded";
import { annotate, type Span } from "@/lib/annotate";
import { termIndexes } from "@/lib/articles/coverage";

/** A file's version: the first 16 hex digits of the sha256 of its text. */
export const versionOf = (text: string): string => createHash("sha256").update(text).digest("hex").slice(0, 16);

/** Ids the glossary's own pages hold (/glossary/new, /glossary/changes): no entry may take them. */
export const RESERVED_IDS: ReadonlySet<string> = new Set(["new", "changes"]);

export const isEntryId = (id: string): boolean => ID_PATTERN.test(id) && id.length <= 200 && !RESERVED_IDS.has(id);

/** The entry's file: glossary/{id}.yaml, or the .yml the loader accepts too when that is what exists. */
function fileOf(id: string): string {
  const yaml = path.join(GLOSSARY_DIR, `${id}.yaml`);
  const yml = path.join(GLOSSARY_DIR, `${id}.yml`);
  return !existsSync(/*turbopackIgnore: true*/ yaml) && existsSync(/*turbopackIgnore: true*/ yml) ? yml : yaml;
}

export interface StoredEntry {
  id: string;
  /** The file as plain data (its own shape: variants as texts or with their details). */
  data: EntryData;
  version: string;
  /** The file's path, as problems name it. */
  file: string;
  /** The file's YAML errors: such a file is fixed by hand, never overwritten by the form. */
  broken: Problem[];
}

/**
 * An entry file's data and why the form may not write over it: not UTF-8, not YAML, or not a
 * mapping of fields (such a file is fixed by hand, never replaced by the form's data).
 */
function contentOf(file: SourceFile): { data: unknown; broken: Problem[] } {
  if (file.notUtf8Line !== undefined) {
    return { data: undefined, broken: [makeProblem({ file: file.path, line: file.notUtf8Line, column: 1, field: "", code: "notUtf8", params: { line: file.notUtf8Line } })] };
  }
  const yaml = parseYamlSource(file.path, file.source);
  const broken = yaml.problems.length > 0 ? yaml.problems : isRecord(yaml.value) ? [] : [makeProblem({ file: file.path, line: 1, column: 1, field: "", code: "notAMapping" })];
  return { data: yaml.value, broken };
}

/** The entry file of `id` as it is on disk; undefined when there is none. */
export function readEntry(id: string): StoredEntry | undefined {
  if (!isEntryId(id)) return undefined;
  const file = fileOf(id);
  if (!existsSync(/*turbopackIgnore: true*/ file)) return undefined;
  const stored = readGlossaryFile(file);
  const { data, broken } = contentOf(stored);
  return { id, data: isRecord(data) ? data : {}, version: versionOf(stored.source), file: stored.path, broken };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

export const problemAnswer = (problem: Problem, t: Translate): ProblemAnswer => ({
  field: problem.field,
  message: problemMessage(problem, t),
  severity: problem.severity,
  code: problem.code,
  params: problem.params as Record<string, string | number>,
  line: problem.line,
});

const parseEntry = parseCache();

/**
 * `data` for `id` as its file would be written, and its check against the glossary on disk.
 * `asNew`: the form creates the entry; a file of that id already there is then a problem of the id.
 */
export function checkEdited(id: string, data: EntryData, asNew = false, files: SourceFile[] = readGlossaryFiles()): { text: string; check: EntryCheck; files: SourceFile[] } {
  const shown = displayPath(fileOf(id));
  // The folder was just read: the edited file's text is among its files.
  const existing = files.find((f) => f.path === shown)?.source;
  const text = entryFileText(asNew ? undefined : existing, data);
  const edited: SourceFile = { path: shown, source: text };
  const check = checkEntryFile(files, edited, parseEntry, data);
  if (asNew && existing !== undefined) {
    const taken = makeProblem({ file: edited.path, line: 2, column: 1, field: "id", code: "duplicateId", params: { id, other: edited.path } });
    check.problems = [taken, ...check.problems];
  }
  return { text, check, files };
}

export type SaveResult =
  | { status: 200 | 201; version: string; problems: Problem[] }
  | { status: 409; error: string; version: string | null }
  | { status: 422; problems: Problem[] };

/**
 * Saves `data` as glossary/{id}.yaml. `version`: the version the editor loaded (null or absent
 * for a new entry). Nothing is written on an error or a stale version.
 */
export function saveEntry(id: string, data: EntryData, version: string | null): SaveResult {
  const file = fileOf(id);
  const files = readGlossaryFiles();
  const stored = files.find((f) => f.path === displayPath(file));
  const existing = stored?.source;
  const current = existing === undefined ? null : versionOf(existing);
  if (current !== version) {
    const error =
      current === null
        ? `The entry ${id} no longer exists: it was deleted or renamed since this form was opened.`
        : version === null
          ? `An entry ${id} already exists (glossary/${id}.yaml): open it to edit it, or choose another id.`
          : `The entry ${id} was changed since this form was opened (in another tab or editor). Reload it to see that change; nothing was saved.`;
    return { status: 409, error, version: current };
  }
  // A file that is not YAML (or not UTF-8, or not a mapping) holds what its editor wrote: the
  // form's data would replace it whole.
  const broken = stored === undefined ? [] : contentOf(stored).broken;
  if (broken.length > 0) return { status: 422, problems: broken };
  const { text, check } = checkEdited(id, data, existing === undefined, files);
  if (check.problems.some(isError)) return { status: 422, problems: check.problems };
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(/*turbopackIgnore: true*/ temporary, text, "utf8");
  renameSync(/*turbopackIgnore: true*/ temporary, file);
  return { status: existing === undefined ? 201 : 200, version: versionOf(text), problems: check.problems };
}

/** An entry the engine can index from whatever the form holds: a block without a term yet marks nothing. */
function previewable(id: string, data: EntryData, checked: GlossaryEntry | undefined): GlossaryEntry {
  if (checked) return checked;
  const block = (lang: string) => {
    const raw = isRecord(data[lang]) ? data[lang] : {};
    const term = typeof raw.term === "string" ? raw.term.trim() : "";
    const variants = Array.isArray(raw.variants)
      ? raw.variants.flatMap((v) => (typeof v === "string" ? [v.trim()] : isRecord(v) && typeof v.term === "string" ? [v.term.trim()] : [])).filter(Boolean)
      : [];
    return { term, variants };
  };
  return {
    id,
    status: "draft",
    domains: ["general-law"],
    sources: [],
    related: [],
    ...Object.fromEntries(LANGS.map((lang) => [lang, block(lang)])),
  } as unknown as GlossaryEntry;
}

/**
 * The check and the preview of an entry as the form holds it. The glossary is the check's own
 * (the files as they are, read once for this request), so a broken file elsewhere in the
 * glossary does not stop the form; the articles are the server's, and none while one of them is
 * broken (the article check page says why).
 */
/**
 * The marks a paragraph has today, from the glossary as saved (the edited entry's saved version
 * included), from which the edited entry would take some. While the saved glossary is free of
 * errors, its indexes are the server's own, built once per version of the files (loaded.ts), not
 * once per check; otherwise they are built from the files read for this request, which the loader
 * accepts in part.
 */
function savedMarks(files: readonly SourceFile[]): (text: string, lang: Lang) => Span[] {
  let saved: GlossaryEntry[];
  try {
    saved = readGlossary();
  } catch {
    const indexOf = termIndexes(loadGlossary(files, LANGS, parseEntry).entries);
    return (text, lang) => annotate(text, indexOf(lang));
  }
  return (text, lang) => annotate(text, termIndexOf(saved, lang));
}

export function previewEdited(id: string, data: EntryData, asNew: boolean): { problems: Problem[]; preview: EntryPreview } {
  const { check, files } = checkEdited(id, data, asNew);
  const entry = previewable(id, data, check.entry);
  const marksToday = savedMarks(files);
  // The glossary as it would be: the others, and the entry as edited.
  const edited = displayPath(fileOf(id));
  const editedIds = new Set([...check.glossary.files.values()].filter((f) => f.file === edited).map((f) => f.entry?.id));
  const others = check.glossary.entries.filter((e) => !editedIds.has(e.id) && e.id !== entry.id);
  let articles: ReturnType<typeof readArticles> = [];
  try {
    articles = readArticles();
  } catch {
    articles = [];
  }
  // The check's indexes hold the glossary as it would be, when the entry previewed is the one it accepted.
  const preview = previewEntry({ entry, others, articles, marksToday, ...(check.entry === entry && check.indexes ? { indexOf: check.indexes } : {}) });
  return { problems: check.problems, preview };
}
