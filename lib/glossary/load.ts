// Loads the whole glossary: every file parsed on its own, then the checks that need all of
// them or look at each name (id equals file name, unique ids and Kazakh terms, no name shared by
// two entries, related ids that exist and are not the entry itself, reviewed entries with
// sources, Kazakh names in Cyrillic, no name repeated or cut at a comma, abbreviations with
// their full form, drafts without definitions). The checks that need the term engine are
// lib/glossary/name-checks.ts.
import { parseEntryFile, type ParsedEntryFile } from "@/lib/glossary/parse";
import { LANGS, type EntryOf, type GlossaryEntry, type LangBlock, type TermType } from "@/lib/glossary/schema";
import { ORIGINAL_LANG } from "@/lib/languages/codes";
import { makeProblem, sortProblems, type Problem, type ProblemCode, type ProblemInput, type ProblemParams, type Severity } from "@/lib/problems";
import { namesOf } from "@/lib/glossary/names";
import { tokenize } from "@/lib/morphology/tokenize";

export interface SourceFile {
  path: string;
  source: string;
  /** Set when the file's bytes are not UTF-8: the line of the first bad byte (source is then empty). */
  notUtf8Line?: number;
}

export interface LoadedGlossary<Entry = GlossaryEntry> {
  /** Valid entries, sorted by id. An entry whose id or term duplicates an earlier file's is left out. */
  entries: Entry[];
  problems: Problem[];
  /** The file each entry came from (with positions), for problems found later (e.g. `check`). */
  files: Map<string, ParsedEntryFile<Entry>>;
}

export function baseName(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.replace(/\.ya?ml$/i, "");
}

/**
 * `langs`: the content languages an entry has a block for (the built-in ones by default); the
 * Kazakh original is always among them, since the checks of terms across entries are on it.
 */
/** How each file is parsed: parseEntryFile, or a cache of it (the editing mode parses the unchanged files once). */
export type ParseEntry = (file: string, source: string) => ParsedEntryFile;

export function loadGlossary(files: readonly SourceFile[]): LoadedGlossary;
export function loadGlossary(files: readonly SourceFile[], langs: typeof LANGS, parse: ParseEntry): LoadedGlossary;
export function loadGlossary<Code extends string>(files: readonly SourceFile[], langs: readonly (Code | typeof ORIGINAL_LANG)[]): LoadedGlossary<EntryOf<Code | typeof ORIGINAL_LANG>>;
export function loadGlossary(files: readonly SourceFile[], langs: readonly string[] = LANGS, parse?: ParseEntry): LoadedGlossary<object> {
  if (!langs.includes(ORIGINAL_LANG)) throw new Error(`the content languages (${langs.join(", ")}) must include the original, ${ORIGINAL_LANG}`);
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const problems: Problem[] = [];
  for (const file of sorted) {
    if (file.notUtf8Line !== undefined) {
      problems.push(makeProblem({ file: file.path, line: file.notUtf8Line, column: 1, field: "", code: "notUtf8", params: { line: file.notUtf8Line } }));
    }
  }
  // Read by name below are only the shared fields and the original's block, which every list has.
  const parsed = sorted.filter((file) => file.notUtf8Line === undefined).map((file) => (parse ? parse(file.path, file.source) : (parseEntryFile(file.path, file.source, langs) as unknown as ParsedEntryFile)));
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
    const key = foldName(entry.kk.term);
    const sameTerm = byKkTerm.get(key);
    // Мәжіліс (case-sensitive: the chamber) and мәжіліс (a meeting) are two terms.
    const told = sameTerm?.entry && (sameTerm.entry.kk.caseSensitive || entry.kk.caseSensitive) && sameTerm.entry.kk.term !== entry.kk.term;
    if (sameTerm && !told) {
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
  // A file that does not parse still names its entry (by its file name): entries that refer to
  // it are not reported as well, so one broken file gives its own problems only.
  for (const p of parsed) if (!p.entry) allIds.add(baseName(p.file));
  for (const file of sorted) if (file.notUtf8Line !== undefined) allIds.add(baseName(file.path));
  problems.push(...crossReferenceProblems(accepted, allIds, langs));

  const entries = accepted.map((a) => a.entry).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byEntry = new Map(accepted.map((a) => [a.entry.id, a.file]));
  return { entries, problems: sortProblems(problems), files: byEntry };
}

function crossReferenceProblems(
  accepted: readonly { file: ParsedEntryFile; entry: GlossaryEntry }[],
  ids: ReadonlySet<string>,
  langs: readonly string[],
): Problem[] {
  const problems: Problem[] = [];
  // Per language: a name's folded key -> the first entry (in file order) that has it.
  const owners = new Map<string, { id: string; text: string; file: string; caseSensitive: boolean }>();

  for (const { file, entry } of accepted) {
    const report = <C extends ProblemCode>(path: (string | number)[], code: C, params: ProblemParams<C>, severity: Severity = "error") =>
      problems.push(makeProblem({ file: file.file, ...file.locate(path), field: path.join("."), code, params, severity } as ProblemInput<C>));

    if (entry.status === "reviewed" && entry.sources.length === 0) report(["status"], "reviewedNeedsSource", {});
    entry.related.forEach((id, index) => {
      if (id === entry.id) report(["related", index], "relatedSelf", {});
      else if (!ids.has(id)) report(["related", index], "unknownRelated", { id });
    });
    for (const lang of langs) {
      // The schema gave the entry a block for each of `langs`.
      const block = (entry as unknown as Record<string, LangBlock>)[lang]!;
      const names = namesOf(block);
      // A name written twice (ё and е spellings are two spellings, and both are kept).
      const seen = new Map<string, string>();
      for (const name of names) {
        const path = [lang, ...name.path];
        const key = foldName(name.text);
        if (lang === "kk") {
          const latin = latinInKazakh(name.text, name.type);
          if (latin) report(path, "latinInKazakh", latin);
        }
        const spelled = name.text.normalize("NFC").toLowerCase();
        const again = seen.get(spelled);
        if (again !== undefined) {
          report(path, "repeatedName", { name: name.text, other: again });
          continue;
        }
        seen.set(spelled, name.text);
        if (name.type === "abbreviation" && name.fullForm !== undefined && !names.some((n) => n.text === name.fullForm)) {
          report(path, "unknownFullForm", { name: name.text, fullForm: name.fullForm });
        }
        if (name.path[0] === "term" && name.type === "abbreviation" && name.fullForm === undefined) report(path, "noFullForm", { name: name.text });
        const whole = names.find((n) => n !== name && commaPieces(n.text).some((piece) => foldName(piece) === key));
        if (whole) report(path, "fragmentVariant", { variant: name.text, whole: whole.text });

        const owner = owners.get(`${lang}:${key}`);
        if (owner === undefined) {
          owners.set(`${lang}:${key}`, { id: entry.id, text: name.text, file: file.file, caseSensitive: name.caseSensitive });
          continue;
        }
        if (owner.id === entry.id) continue;
        // Мәжіліс (the chamber, case-sensitive) and мәжіліс (a meeting) are two names.
        if ((owner.caseSensitive || name.caseSensitive) && owner.text !== name.text) continue;
        // Russian and English may use one word for two notions (defendant); a Kazakh name, or any
        // variant, that another entry already has would be marked as that entry only.
        if (lang !== "kk" && name.path[0] === "term") continue;
        report(path, "nameClash", { name: name.text, otherName: owner.text, other: owner.id, file: owner.file });
      }
      if (!block.definition && entry.status === "draft") report([lang], "missingDefinition", { lang }, "warning");
    }
  }
  return problems;
}

/** A name as the engine compares it: its words folded (case, look-alike letters), punctuation aside. */
export const foldName = (name: string): string => tokenize(name).map((t) => t.norm).join(" ");

/** The pieces of a name between its commas (none when it has no comma). */
function commaPieces(name: string): string[] {
  const pieces = name.split(",").map((p) => p.trim()).filter(Boolean);
  return pieces.length > 1 ? pieces : [];
}

const CYRILLIC_FOR: Record<string, string> = { i: "і", e: "е", o: "о", a: "а", c: "с", p: "р", x: "х", y: "у", h: "һ", k: "к", H: "Н", K: "К", M: "М", T: "Т", B: "В", I: "І", E: "Е", O: "О", A: "А", C: "С", P: "Р", X: "Х", Y: "У" };

/**
 * The first Latin letter of a Kazakh name, with the Cyrillic letter it may stand for: a Latin i
 * typed into a Cyrillic word (мемлекеттiк) hides the name from search and from the duplicate
 * checks' eyes. A foreign abbreviation used as it is in Kazakh text (USAID, GIZ) is allowed.
 */
function latinInKazakh(name: string, type: TermType): { letter: string; offset: number; cyrillic: string } | undefined {
  const i = name.search(/[A-Za-z]/);
  if (i < 0) return undefined;
  const cyrillic = /\p{Script=Cyrillic}/u.test(name);
  if (!cyrillic && type === "abbreviation") return undefined;
  const letter = name[i]!;
  return { letter, offset: i + 1, cyrillic: cyrillic ? (CYRILLIC_FOR[letter] ?? "none") : "none" };
}
