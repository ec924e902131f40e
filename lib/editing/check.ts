// The editing form's check: the entry's file as it would be written, checked with the rest of the
// glossary exactly as `glossary check` checks it (the loader's checks and the engine's name
// checks), and only that file's problems kept. A problem the loader reports on the other file of a
// pair (the entry being edited sorts first, so the other one is "the duplicate") is the edited
// entry's problem too, and is moved onto its own field.
import { baseName, foldName, loadGlossary, type LoadedGlossary, type ParseEntry, type SourceFile } from "@/lib/glossary/load";
import { nameProblems } from "@/lib/glossary/name-checks";
import { namesOf } from "@/lib/glossary/names";
import { DOMAINS, ID_PATTERN, LANGS, PARTS_OF_SPEECH, TERM_TYPES, type GlossaryEntry, type Lang } from "@/lib/glossary/schema";
import type { TermIndex } from "@/lib/annotate";
import { termIndexes } from "@/lib/articles/coverage";
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
  /** The engine's index of that glossary per language, when the entry was accepted (the name checks built it). */
  indexes?: (lang: Lang) => TermIndex;
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
  const indexes = entry ? termIndexes(glossary.entries) : undefined;
  const names = indexes ? nameProblems(glossary, Object.fromEntries(LANGS.map((lang) => [lang, indexes(lang)])), new Set([entry!.id])) : [];
  const early = !entry && data ? earlyProblems(files, edited.path, data, parse, own) : [];
  return { problems: sortProblems([...own, ...moved, ...names, ...early]), entry, glossary, ...(indexes ? { indexes } : {}) };
}

/** Codes of the checks that need a whole entry: across the glossary and of the names. */
const WHOLE_ENTRY_CODES: ReadonlySet<string> = new Set([
  "duplicateId", "duplicateTerm", "unknownRelated", "relatedSelf", "latinInKazakh", "repeatedName", "unknownFullForm",
  "noFullForm", "fragmentVariant", "nameClash", "notDictionaryForm", "notFoundAsItself",
]);

function earlyProblems(files: readonly SourceFile[], path: string, data: EntryData, parse: ParseEntry, own: readonly Problem[]): Problem[] {
  const filled = new Set<string>();
  /** Where each stand-in variant is in the form's list (empty rows are left out of the stand-in). */
  const variantAt = new Map<string, number[]>();
  // Only the fields the schema knows, each filled in where it is missing or not yet valid, so that
  // the stand-in parses whatever else is still unfinished (an id not typed yet, an empty variant row).
  const standIn: EntryData = { id: baseName(path), status: "draft", domains: ["general-law"], sources: [], related: [] };
  if (typeof data.id === "string" && ID_PATTERN.test(data.id)) standIn.id = data.id;
  if (Array.isArray(data.domains) && data.domains.length > 0 && data.domains.every((d) => (DOMAINS as readonly unknown[]).includes(d))) standIn.domains = data.domains;
  if (Array.isArray(data.sources)) standIn.sources = data.sources.filter((s) => typeof s === "string" && s.trim() !== "");
  if (Array.isArray(data.related)) standIn.related = data.related.filter((r) => typeof r === "string" && ID_PATTERN.test(r));
  for (const lang of LANGS) {
    const given = typeof data[lang] === "object" && data[lang] !== null ? (data[lang] as Record<string, unknown>) : {};
    const block: Record<string, unknown> = {};
    for (const key of ["term", "caseSensitive", "fullForm", "definition", "note"]) if (given[key] !== undefined) block[key] = given[key];
    for (const key of ["type", "pos"] as const) if ((key === "type" ? TERM_TYPES : PARTS_OF_SPEECH).includes(given[key] as never)) block[key] = given[key];
    if (Array.isArray(given.variants)) {
      const variants: unknown[] = [];
      const at: number[] = [];
      given.variants.forEach((v, i) => {
        const variant = standInVariant(v);
        if (variant === undefined) return;
        variants.push(variant);
        at.push(i);
      });
      block.variants = variants;
      variantAt.set(lang, at);
    }
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
  const backToForm = (problem: Problem): Problem => {
    const match = /^(\w+)\.variants\.(\d+)(.*)$/.exec(problem.field);
    const at = match ? variantAt.get(match[1]!)?.[Number(match[2])] : undefined;
    return match && at !== undefined ? { ...problem, field: `${match[1]}.variants.${at}${match[3]}` } : problem;
  };
  return second.problems.map(backToForm).filter((p) => WHOLE_ENTRY_CODES.has(p.code) && !filled.has(p.field) && !told.has(`${p.field}\0${p.code}`));
}

/** A variant as the stand-in holds it: its known fields with valid values; undefined for an empty row. */
function standInVariant(value: unknown): unknown {
  if (typeof value === "string") return value.trim() === "" ? undefined : value;
  if (typeof value !== "object" || value === null) return undefined;
  const given = value as Record<string, unknown>;
  if (typeof given.term !== "string" || given.term.trim() === "") return undefined;
  const out: Record<string, unknown> = { term: given.term };
  if (given.status === "admitted" || given.status === "deprecated") out.status = given.status;
  if (TERM_TYPES.includes(given.type as never)) out.type = given.type;
  if (PARTS_OF_SPEECH.includes(given.pos as never)) out.pos = given.pos;
  for (const key of ["caseSensitive", "fullForm", "note"]) if (given[key] !== undefined) out[key] = given[key];
  return out;
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
    // The clash is in the language of the other file's field ("ru.variants.0").
    for (const lang of LANGS.filter((l) => l === problem.field.split(".")[0])) {
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
