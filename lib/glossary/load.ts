// Loads the whole glossary: every file parsed on its own, then the checks that need all of
// them (id equals file name, unique ids and Kazakh terms, related ids that exist, variants
// that are another entry's term, drafts without definitions).
import { parseEntryFile, type ParsedEntryFile } from "@/lib/glossary/parse";
import { LANGS, type GlossaryEntry } from "@/lib/glossary/schema";
import { makeProblem, sortProblems, type Problem, type ProblemCode } from "@/lib/problems";

export interface SourceFile {
  path: string;
  source: string;
  /** Set when the file's bytes are not UTF-8: the line of the first bad byte (source is then empty). */
  notUtf8Line?: number;
}

export interface LoadedGlossary {
  /** Valid entries, sorted by id. An entry whose id or term duplicates an earlier file's is left out. */
  entries: GlossaryEntry[];
  problems: Problem[];
  /** The file each entry came from (with positions), for problems found later (e.g. `check`). */
  files: Map<string, ParsedEntryFile>;
}

/** How terms are compared for sameness: Unicode-normalized and case-insensitive. */
export const termKey = (term: string): string => term.normalize("NFC").toLowerCase().trim();

export function baseName(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.replace(/\.ya?ml$/i, "");
}

export function loadGlossary(files: readonly SourceFile[]): LoadedGlossary {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const problems: Problem[] = [];
  for (const file of sorted) {
    if (file.notUtf8Line !== undefined) {
      problems.push(makeProblem({ file: file.path, line: file.notUtf8Line, column: 1, field: "", code: "notUtf8", params: { line: file.notUtf8Line } }));
    }
  }
  const parsed = sorted.filter((file) => file.notUtf8Line === undefined).map((file) => parseEntryFile(file.path, file.source));
  problems.push(...parsed.flatMap((p) => p.problems));

  const byId = new Map<string, ParsedEntryFile>();
  const byKkTerm = new Map<string, ParsedEntryFile>();
  const accepted: { file: ParsedEntryFile; entry: GlossaryEntry }[] = [];

  // A file whose id matches its name owns that id; a mismatched copy is the one reported.
  const owningFirst = [
    ...parsed.filter((p) => p.entry?.id === baseName(p.file)),
    ...parsed.filter((p) => p.entry && p.entry.id !== baseName(p.file)),
  ];
  for (const file of owningFirst) {
    const entry = file.entry;
    if (!entry) continue;
    const idAt = { file: file.file, ...file.locate(["id"]), field: "id" };
    let duplicate = false;

    const expected = baseName(file.file);
    if (entry.id !== expected) {
      problems.push(makeProblem({ ...idAt, code: "idMismatch", params: { id: entry.id, expected } }));
    }
    const sameId = byId.get(entry.id);
    if (sameId) {
      problems.push(makeProblem({ ...idAt, code: "duplicateId", params: { id: entry.id, other: sameId.file } }));
      duplicate = true;
    } else {
      byId.set(entry.id, file);
    }
    const key = termKey(entry.kk.term);
    const sameTerm = byKkTerm.get(key);
    if (sameTerm) {
      problems.push(
        makeProblem({
          file: file.file,
          ...file.locate(["kk", "term"]),
          field: "kk.term",
          code: "duplicateTerm",
          params: { term: entry.kk.term, other: sameTerm.file },
        }),
      );
      duplicate = true;
    } else {
      byKkTerm.set(key, file);
    }
    if (!duplicate) accepted.push({ file, entry });
  }

  // An id left out as a duplicate still exists as far as `related` is concerned.
  const allIds = new Set(parsed.flatMap((p) => (p.entry ? [p.entry.id] : [])));
  problems.push(...crossReferenceWarnings(accepted, allIds));

  const entries = accepted.map((a) => a.entry).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byEntry = new Map(accepted.map((a) => [a.entry.id, a.file]));
  return { entries, problems: sortProblems(problems), files: byEntry };
}

function crossReferenceWarnings(
  accepted: readonly { file: ParsedEntryFile; entry: GlossaryEntry }[],
  ids: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  // Per language: normalized term -> the id of the entry it is the preferred term of.
  const termOwner = new Map<string, string>();
  for (const { entry } of accepted) {
    for (const lang of LANGS) termOwner.set(`${lang}:${termKey(entry[lang].term)}`, entry.id);
  }

  for (const { file, entry } of accepted) {
    const warn = (path: (string | number)[], code: ProblemCode, params: Record<string, string | number>) =>
      problems.push(
        makeProblem({ file: file.file, ...file.locate(path), field: path.join("."), code, params, severity: "warning" }),
      );

    entry.related.forEach((id, index) => {
      if (!ids.has(id)) warn(["related", index], "unknownRelated", { id });
    });
    for (const lang of LANGS) {
      const block = entry[lang];
      block.variants.forEach((variant, index) => {
        const owner = termOwner.get(`${lang}:${termKey(variant)}`);
        if (owner !== undefined && owner !== entry.id) {
          warn([lang, "variants", index], "variantIsOtherTerm", { variant, other: owner });
        }
      });
      if (!block.definition && entry.status === "draft") warn([lang], "missingDefinition", { lang });
    }
  }
  return problems;
}
