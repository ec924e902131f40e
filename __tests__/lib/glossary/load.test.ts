import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { loadGlossary, type SourceFile } from "@/lib/glossary/load";
import { formatProblem, problemMessage } from "@/lib/problem-messages";
import { cliTranslate } from "@/lib/cli-i18n";
import { type Problem } from "@/lib/problems";

const FIXTURES = path.join(__dirname, "../../fixtures/glossary");
const read = (relative: string) => readFileSync(path.join(FIXTURES, relative), "utf8");

/** The valid fixture glossary as if it lived in glossary/. */
const validFiles = (): SourceFile[] =>
  readdirSync(path.join(FIXTURES, "valid")).map((name) => ({ path: `glossary/${name}`, source: read(`valid/${name}`) }));

/** The valid glossary with one broken file put in place of (or beside) the others. */
function withBroken(fixture: string, asPath: string): SourceFile[] {
  return [...validFiles().filter((f) => f.path !== asPath), { path: asPath, source: read(`broken/${fixture}`) }];
}

const summary = (p: Problem) => ({ file: p.file, line: p.line, column: p.column, field: p.field, code: p.code, severity: p.severity });

describe("loadGlossary", () => {
  it("loads a valid glossary without problems, entries sorted by id", () => {
    const { entries, problems } = loadGlossary(validFiles());
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(entries.map((e) => e.id)).toEqual(["court", "judge", "supreme-court"]);
    expect(entries[2]?.kk.variants).toEqual(["ЖС"]);
  });

  it("warns about a draft without a definition, at the language block", () => {
    const { problems } = loadGlossary(validFiles());
    expect(problems.map(summary)).toEqual([
      { file: "glossary/supreme-court.yaml", line: 4, column: 1, field: "kk", code: "missingDefinition", severity: "warning" },
      { file: "glossary/supreme-court.yaml", line: 8, column: 1, field: "ru", code: "missingDefinition", severity: "warning" },
    ]);
  });

  it("points a YAML syntax error at its line and keeps the other entries", () => {
    const { entries, problems } = loadGlossary(withBroken("yaml-syntax.yaml", "glossary/court.yaml"));
    const errors = problems.filter((p) => p.severity === "error");
    expect(errors.map(summary)).toEqual([
      { file: "glossary/court.yaml", line: 5, column: 1, field: "", code: "yamlSyntax", severity: "error" },
    ]);
    expect(formatProblem(errors[0]!, cliTranslate("en"))).toBe(
      "glossary/court.yaml:5:1  error  -  YAML syntax error: tabs cannot be used for indentation, use spaces",
    );
    expect(entries.map((e) => e.id)).toEqual(["judge", "supreme-court"]);
  });

  it("points an unclosed bracket or quote at where it was opened, not where the parser gave up", () => {
    const bracket = "id: court\nstatus: draft\ndomains: [courts\nkk:\n  term: сот\n";
    const quote = 'id: court\nstatus: draft\nkk:\n  term: "сот\nru:\n  term: суд\n';
    const problems = loadGlossary([
      { path: "glossary/court.yaml", source: bracket },
      { path: "glossary/judge.yaml", source: quote },
    ]).problems;
    expect(problems.map((p) => formatProblem(p, cliTranslate("en")))).toEqual([
      "glossary/court.yaml:3:10  error  -  YAML syntax error: a closing quote or bracket is missing",
      "glossary/judge.yaml:4:9  error  -  YAML syntax error: a closing quote or bracket is missing",
    ]);
  });

  it("names a missing field and points at the mapping that should hold it", () => {
    const { problems } = loadGlossary(withBroken("missing-field.yaml", "glossary/court.yaml"));
    const problem = problems.find((p) => p.code === "missingField");
    expect(problem && summary(problem)).toEqual({
      file: "glossary/court.yaml", line: 4, column: 1, field: "kk.term", code: "missingField", severity: "error",
    });
    expect(problem && formatProblem(problem, cliTranslate("en"))).toBe('glossary/court.yaml:4:1  error  kk.term  required field “term” is missing');
  });

  it("reports a value of the wrong type with what was expected and found", () => {
    const { problems } = loadGlossary(withBroken("wrong-type.yaml", "glossary/court.yaml"));
    const problem = problems.find((p) => p.severity === "error");
    expect(problem && summary(problem)).toEqual({
      file: "glossary/court.yaml", line: 3, column: 1, field: "domains", code: "wrongType", severity: "error",
    });
    expect(problem && problemMessage(problem, cliTranslate("en"))).toBe("expected a list, found text");
  });

  it("reports a key written twice with how many syntax errors follow it, so none goes unsaid", () => {
    const { problems } = loadGlossary([{ path: "glossary/a.yaml", source: "id: a\nid: b\nstatus: [draft\n" }]);
    expect(problems.map((p) => [p.line, p.code, p.params])).toEqual([[2, "duplicateKey", { more: 1 }]]);
    expect(problemMessage(problems[0]!, cliTranslate("en"))).toBe("this key is written twice in the same mapping (and 1 more syntax error after it)");
    expect(problemMessage(problems[0]!, cliTranslate("ru"))).toBe("этот ключ повторяется в одном и том же блоке (и ещё 1 синтаксическая ошибка после него)");
  });

  it("reports a misspelt field instead of dropping it", () => {
    const { problems } = loadGlossary(withBroken("unknown-field.yaml", "glossary/court.yaml"));
    const problem = problems.find((p) => p.severity === "error");
    expect(problem && summary(problem)).toEqual({
      file: "glossary/court.yaml", line: 6, column: 3, field: "kk.defintion", code: "unknownField", severity: "error",
    });
  });

  it("requires the id to equal the file name", () => {
    const { problems } = loadGlossary(withBroken("id-mismatch.yaml", "glossary/tribunal-court.yaml"));
    const problem = problems.find((p) => p.severity === "error");
    expect(problem && summary(problem)).toEqual({
      file: "glossary/tribunal-court.yaml", line: 1, column: 1, field: "id", code: "idMismatch", severity: "error",
    });
    expect(problem?.params).toEqual({ id: "tribunal", expected: "tribunal-court" });
  });

  it("names both files of a duplicated id", () => {
    const files = [...validFiles(), { path: "more/court.yaml", source: read("broken/duplicate-id.yaml") }];
    const { entries, problems } = loadGlossary(files);
    const errors = problems.filter((p) => p.severity === "error");
    expect(errors.map(summary)).toEqual([
      { file: "more/court.yaml", line: 1, column: 1, field: "id", code: "duplicateId", severity: "error" },
    ]);
    expect(errors[0] && problemMessage(errors[0], cliTranslate("en"))).toBe("id “court” is already used in glossary/court.yaml");
    expect(entries.filter((e) => e.id === "court")).toHaveLength(1);
  });

  it("names both files of a Kazakh term used twice, ignoring case", () => {
    const { problems } = loadGlossary(withBroken("duplicate-term.yaml", "glossary/court-body.yaml"));
    const errors = problems.filter((p) => p.severity === "error");
    expect(errors.map(summary)).toEqual([
      { file: "glossary/court.yaml", line: 6, column: 3, field: "kk.term", code: "duplicateTerm", severity: "error" },
    ]);
    expect(errors[0] && problemMessage(errors[0], cliTranslate("en"))).toBe("Kazakh term “сот” is already the term of glossary/court-body.yaml");
  });

  it("treats a term in decomposed Unicode as the same term", () => {
    const entry = (id: string, kk: string) =>
      `id: ${id}\nstatus: draft\ndomains: [organizations]\nkk:\n  term: ${kk}\nru:\n  term: ${id}\nen:\n  term: ${id}\n`;
    const composed = "халықаралық ұйым".normalize("NFC");
    const decomposed = composed.normalize("NFD");
    expect(decomposed).not.toBe(composed);
    const { problems } = loadGlossary([
      { path: "glossary/a.yaml", source: entry("a", composed) },
      { path: "glossary/b.yaml", source: entry("b", decomposed) },
    ]);
    expect(problems.filter((p) => p.code === "duplicateTerm").map((p) => [p.file, p.params.other])).toEqual([
      ["glossary/b.yaml", "glossary/a.yaml"],
    ]);
  });

  it("reports a related id that names no entry as an error, keeping the entry", () => {
    const { entries, problems } = loadGlossary(withBroken("unknown-related.yaml", "glossary/court.yaml"));
    expect(problems.filter((p) => p.severity === "error").map(summary)).toEqual([
      { file: "glossary/court.yaml", line: 15, column: 18, field: "related.1", code: "unknownRelated", severity: "error" },
    ]);
    expect(entries.map((e) => e.id)).toContain("court");
  });

  it("reports a variant that is another entry's preferred term: the engine would mark only one", () => {
    const source = read("valid/supreme-court.yaml").replace("    - ВС\n", "    - ВС\n    - суд\n");
    const { problems } = loadGlossary([...validFiles().filter((f) => !f.path.endsWith("supreme-court.yaml")), { path: "glossary/supreme-court.yaml", source }]);
    const problem = problems.find((p) => p.code === "nameClash");
    expect(problem && summary(problem)).toEqual({
      file: "glossary/supreme-court.yaml", line: 12, column: 7, field: "ru.variants.1", code: "nameClash", severity: "error",
    });
    expect(problem?.params).toEqual({ name: "суд", otherName: "суд", other: "court", file: "glossary/court.yaml" });
  });
});

describe("characters an entry may not hold", () => {
  const court = () => validFiles().find((f) => f.path === "glossary/court.yaml")!;
  const withCourt = (source: string): SourceFile[] => [...validFiles().filter((f) => f.path !== "glossary/court.yaml"), { path: "glossary/court.yaml", source }];

  it("refuses a control character in a term, naming file, line and field", () => {
    const source = court().source.replace(/term: сот\n/, "term: \"со\\x07т\"\n");
    const { problems, entries } = loadGlossary(withCourt(source));
    const line = source.split("\n").findIndex((l) => l.includes("\\x07")) + 1;
    expect(problems.map(summary)).toContainEqual(expect.objectContaining({ file: "glossary/court.yaml", line, field: "kk.term", code: "badCharacter", severity: "error" }));
    expect(formatProblem(problems.find((p) => p.code === "badCharacter")!, cliTranslate("en"))).toMatch(/U\+0007 at character 3/);
    expect(entries.map((e) => e.id)).not.toContain("court");
  });

  it("refuses a lone surrogate, and a tab in a term, but lets a definition run over lines", () => {
    const lone = court().source.replace(/term: сот\n/, 'term: "сот\\uD800"\n');
    expect(loadGlossary(withCourt(lone)).problems.map((p) => p.code)).toContain("badCharacter");
    const tab = court().source.replace(/term: сот\n/, 'term: "сот\\tсот"\n');
    expect(loadGlossary(withCourt(tab)).problems.map((p) => p.code)).toContain("badCharacter");
    const multiline = court().source.replace(/(\n  definition: )([^\n]*)/, '$1"$2\\nекінші жол"');
    expect(loadGlossary(withCourt(multiline)).problems.filter((p) => p.code === "badCharacter")).toEqual([]);
  });

  it("reports a file that is not UTF-8 at the line of its first bad byte", () => {
    const files: SourceFile[] = [...validFiles(), { path: "glossary/broken.yaml", source: "", notUtf8Line: 4 }];
    const { problems } = loadGlossary(files);
    expect(problems.map(summary)).toContainEqual({ file: "glossary/broken.yaml", line: 4, column: 1, field: "", code: "notUtf8", severity: "error" });
  });
});
