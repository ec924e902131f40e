// The problem catalog: every code has a message in kk, ru and en whose ICU arguments are exactly
// the parameters the code declares, and each message formats to plain text, both where the
// command line and the build word it (i18next) and where the web interface would (next-intl).
import { IntlMessageFormat } from "intl-messageformat";
import { createTranslator } from "use-intl/core";
import { CLI_LANGS } from "@/lib/cli-i18n";
import { formatProblem, problemMessage } from "@/lib/problem-messages";
import { makeProblem, PROBLEM_CODES, PROBLEM_PARAMS, type Problem, type ProblemCode } from "@/lib/problems";
import en from "@/messages/en.json";
import kk from "@/messages/kk.json";
import ru from "@/messages/ru.json";

const CATALOGS = { kk: kk.Problem, ru: ru.Problem, en: en.Problem } as Record<(typeof CLI_LANGS)[number], Record<string, string>>;

type Kind = "simple" | "number" | "select" | "plural";
interface Argument {
  kind: Kind;
  /** The keys of a select or plural (other, =0, one…). */
  options: string[];
}

// intl-messageformat's element types: 1 argument, 2 number, 5 select, 6 plural.
const KINDS: Record<number, Kind> = { 1: "simple", 2: "number", 5: "select", 6: "plural" };

/** Every argument of a message with how it is used; an argument used twice keeps each use. */
function argumentsOf(message: string, locale: string): Map<string, Argument[]> {
  const found = new Map<string, Argument[]>();
  const walk = (elements: readonly unknown[]): void => {
    for (const element of elements as { type: number; value?: string; options?: Record<string, { value: unknown[] }> }[]) {
      const kind = KINDS[element.type];
      if (kind && element.value) {
        const uses = found.get(element.value) ?? [];
        uses.push({ kind, options: Object.keys(element.options ?? {}) });
        found.set(element.value, uses);
      }
      for (const option of Object.values(element.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, locale).getAst());
  return found;
}

const declared = (code: ProblemCode): Record<string, "string" | "number" | readonly string[]> => PROBLEM_PARAMS[code];

/** Values to format a code with: for a text every key its selects name plus a free one, for a number each plural category's kind. */
function samples(code: ProblemCode): Record<string, string | number>[] {
  const spec = declared(code);
  const keys = new Set<string>();
  for (const lang of CLI_LANGS) {
    for (const [name, uses] of argumentsOf(CATALOGS[lang][code] ?? "", lang)) {
      for (const use of uses) if (use.kind === "select") for (const option of use.options) if (option !== "other") keys.add(`${name}\u0000${option}`);
    }
  }
  const valuesOf = (name: string): (string | number)[] => {
    const type = spec[name]!;
    if (type === "number") return [0, 1, 2, 5, 21, 1234];
    if (type === "string") return ["xyz", ...[...keys].filter((k) => k.startsWith(`${name}\u0000`)).map((k) => k.split("\u0000")[1]!)];
    return [...type];
  };
  const names = Object.keys(spec);
  // One set of values per value of each parameter in turn, the others at their first value.
  const base = Object.fromEntries(names.map((name) => [name, valuesOf(name)[0]!]));
  const sets = [base];
  for (const name of names) for (const value of valuesOf(name).slice(1)) sets.push({ ...base, [name]: value });
  return sets;
}

describe("the problem catalog", () => {
  it("declares the codes the checks report, with their parameters", () => {
    expect(PROBLEM_CODES).toEqual(expect.arrayContaining(["yamlSyntax", "duplicateKey", "nameClash", "paragraphMissing"]));
    expect(PROBLEM_PARAMS.nameClash).toEqual({ name: "string", otherName: "string", other: "string", file: "string" });
  });

  it.each(CLI_LANGS)("has a message for every code in %s, and no message for a code that does not exist", (lang) => {
    expect(Object.keys(CATALOGS[lang]).sort()).toEqual([...PROBLEM_CODES].sort());
  });

  it.each(CLI_LANGS)("uses in %s exactly the parameters each code declares, numbers as numbers", (lang) => {
    for (const code of PROBLEM_CODES) {
      const used = argumentsOf(CATALOGS[lang][code]!, lang);
      expect([code, [...used.keys()].sort()]).toEqual([code, Object.keys(declared(code)).sort()]);
      for (const [name, uses] of used) {
        const type = declared(code)[name];
        for (const use of uses) {
          // A plural or a number format needs a number; a select picks among texts.
          if (use.kind === "plural" || use.kind === "number") expect([code, name, type]).toEqual([code, name, "number"]);
          if (use.kind === "select") expect([code, name, type === "number"]).toEqual([code, name, false]);
          // A select on a closed list has a branch for each of its values or an `other`.
          if (use.kind === "select" && Array.isArray(type)) {
            expect([code, name, use.options.includes("other") || type.every((v) => use.options.includes(v))]).toEqual([code, name, true]);
          }
        }
      }
    }
  });

  it.each(CLI_LANGS)("formats every code in %s to plain text through the command line's translator", (lang) => {
    for (const code of PROBLEM_CODES) {
      for (const params of samples(code)) {
        const problem = { file: "glossary/x.yaml", line: 1, column: 1, field: "", severity: "error", code, params } as unknown as Problem;
        const text = problemMessage(problem, lang);
        expect([code, params, text]).toEqual([code, params, expect.not.stringMatching(/[{}]|undefined|NaN|^Problem\./)]);
        expect(text.trim()).not.toBe("");
      }
    }
  });

  it.each(CLI_LANGS)("formats every code in %s alike through next-intl, as the web interface would", (lang) => {
    const messages = { kk, ru, en }[lang];
    const t = createTranslator({ locale: lang, messages, namespace: "Problem" });
    for (const code of PROBLEM_CODES) {
      for (const params of samples(code)) {
        const problem = { file: "f", line: 1, column: 1, field: "", severity: "error", code, params } as unknown as Problem;
        expect([code, params, t(code, params)]).toEqual([code, params, problemMessage(problem, lang)]);
      }
    }
  });
});

describe("a problem", () => {
  it("carries its code and parameters, and no words", () => {
    const problem = makeProblem({ file: "glossary/court.yaml", line: 3, column: 5, field: "kk.term", code: "missingField", params: { name: "term" } });
    expect(problem).toEqual({ file: "glossary/court.yaml", line: 3, column: 5, field: "kk.term", code: "missingField", params: { name: "term" }, severity: "error" });
    expect(JSON.parse(JSON.stringify(problem))).toEqual(problem);
  });

  it("is worded where it is shown, in the language asked for", () => {
    const problem = makeProblem({ file: "glossary/court.yaml", line: 3, column: 5, field: "kk.term", code: "missingField", params: { name: "term" } });
    expect(formatProblem(problem)).toBe("glossary/court.yaml:3:5  error  kk.term  required field “term” is missing");
    expect(formatProblem(problem, "ru")).toBe("glossary/court.yaml:3:5  error  kk.term  нет обязательного поля «term»");
    expect(formatProblem(problem, "kk")).toBe("glossary/court.yaml:3:5  error  kk.term  міндетті «term» өрісі жоқ");
  });

  it("without parameters gets an empty set of them", () => {
    expect(makeProblem({ file: "a/kk.md", line: 1, column: 1, field: "", code: "noParagraphs", severity: "warning" })).toMatchObject({ params: {}, severity: "warning" });
  });
});
