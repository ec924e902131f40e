// The editing form's check: the entry's file as it would be written, checked with the rest of the
// glossary exactly as `glossary check` checks it (the loader's checks and the engine's name
// checks), and only that file's problems kept. A problem the loader reports on the other file of a
// pair (the entry being edited sorts first, so the other one is "the duplicate") is the edited
// entry's problem too, and is moved onto its own field.
import { baseName, foldName, loadGlossary, type LoadedGlossary, type ParseEntry, type SourceFile } from "@/lib/glossary/load";
import { nameProblems } from "@/lib/glossary/name-checks";
import { namesOf } from "@/lib/glossary/names";
import { LANGS, type GlossaryEntry } from "@/lib/glossary/schema";
import { parseEntryFile, type ParsedEntryFile } from "@/lib/glossary/parse";
import { makeProblem, sortProblems, type Problem } from "@/lib/problems";
import { entryFileText, type EntryData } from "@/lib/editing/entry-file";

export interface EntryCheck {
  /** The edited file's problems, errors and warnings, in file order. */
  problems: Problem[];
  /** The entry as the glossary would hold it; undefined when its file has errors that keep it out. */
  entry?: GlossaryEntry;
  /** The whole glossary with the edited file in it. */
  glossary: LoadedGlossary;
}

/** A parse cache by file text: the files that did not change are parsed once (the editing mode checks as the editor types). */
export function parseCache(limit = 20_000): ParseEntry {
  const cache = new Map<string, ParsedEntryFile>();
  return (file, source) => {
    const key = `${file}\0${source}`;
    let parsed = cache.get(key);
    if (!parsed) {
      if (cache.size >= limit) cache.clear();
      parsed = parseEntryFile(file, source);
      cache.set(key, parsed);
    }
    return parsed;
  };
}

/**
 * `data`: the entry as the form holds it, when the file was made from it. While a required field
 * is still missing the schema keeps the entry out and the checks across the glossary and of the
 * names would say nothing; so they are run on a stand-in with the missing fields filled, and
 * their problems on the fields the editor did fill are reported as well (a Latin letter in the
 * Kazakh term, a term in an inflected form, a duplicate) before the rest is done.
 */
export function checkEntryFile(files: readonly SourceFile[], edited: SourceFile, parse: ParseEntry = parseEntryFile, data?: EntryData): EntryCheck {
  const glossary = loadGlossary([...files.filter((f) => f.path !== edited.path), edited], LANGS, parse);
  const own = glossary.problems.filter((p) => p.file === edited.path);
  const accepted = [...glossary.files.values()].find((f) => f.file === edited.path);
  const entry = accepted?.entry;
  const moved = accepted && entry ? glossary.problems.flatMap((p) => movedOnto(p, edited.path, accepted, entry)) : [];
  const names = entry ? nameProblems(glossary, undefined, new Set([entry.id])) : [];
  const early = !entry && data ? earlyProblems(files, edited.path, data, parse, own) : [];
  return { problems: sortProblems([...own, ...moved, ...names, ...early]), entry, glossary };
}

/** Codes of the checks that need a whole entry: across the glossary and of the names. */
const WHOLE_ENTRY_CODES: ReadonlySet<string> = new Set([
  "duplicateId", "duplicateTerm", "unknownRelated", "relatedSelf", "latinInKazakh", "repeatedName", "unknownFullForm",
  "noFullForm", "fragmentVariant", "nameClash", "notDictionaryForm", "notFoundAsItself",
]);

function earlyProblems(files: readonly SourceFile[], path: string, data: EntryData, parse: ParseEntry, own: readonly Problem[]): Problem[] {
  const filled = new Set<string>();
  const standIn: EntryData = { ...data, status: "draft" };
  if (!Array.isArray(data.domains) || data.domains.length === 0) standIn.domains = ["general-law"];
  for (const lang of LANGS) {
    const block = typeof data[lang] === "object" && data[lang] !== null ? { ...(data[lang] as Record<string, unknown>) } : {};
    if (typeof block.term !== "string" || block.term.trim() === "") {
      // A stand-in term no text holds and no entry has, on a field whose problems are not reported.
      block.term = `zz${lang}`;
      filled.add(`${lang}.term`);
    }
    standIn[lang] = block;
  }
  const second = checkEntryFile(files, { path, source: entryFileText(undefined, standIn) }, parse);
  if (!second.entry) return [];
  const told = new Set(own.map((p) => `${p.field}\0${p.code}`));
  return second.problems.filter((p) => WHOLE_ENTRY_CODES.has(p.code) && !filled.has(p.field) && !told.has(`${p.field}\0${p.code}`));
}

/** A problem of another file that is about the edited one, restated on the edited entry's field. */
function movedOnto(problem: Problem, path: string, file: ParsedEntryFile, entry: GlossaryEntry): Problem[] {
  if (problem.file === path) return [];
  if (problem.code === "duplicateId" && problem.params.other === path) {
    return [makeProblem({ file: path, ...file.locate(["id"]), field: "id", code: "duplicateId", params: { id: problem.params.id, other: problem.file } })];
  }
  if (problem.code === "duplicateTerm" && problem.params.other === path) {
    return [makeProblem({ file: path, ...file.locate(["kk", "term"]), field: "kk.term", code: "duplicateTerm", params: { term: problem.params.term, other: problem.file } })];
  }
  if (problem.code === "nameClash" && problem.params.file === path) {
    for (const lang of LANGS) {
      const name = namesOf(entry[lang]).find((n) => foldName(n.text) === foldName(problem.params.name));
      if (!name) continue;
      const at = [lang, ...name.path];
      return [
        makeProblem({
          file: path,
          ...file.locate(at),
          field: at.join("."),
          code: "nameClash",
          params: { name: name.text, otherName: problem.params.name, other: baseName(problem.file), file: problem.file },
          severity: problem.severity,
        }),
      ];
    }
  }
  return [];
}
