// The problem catalogs (content problems, the annotate API's refusals): every code has a message
// in kk, ru and en whose ICU arguments are exactly the parameters the code declares, and each
// message formats to plain text, both where the command line, the build and the API word it
// (i18next) and where the web interface would (next-intl).
import { IntlMessageFormat } from "intl-messageformat";
import { createTranslator } from "use-intl/core";
import { CLI_LANGS, cliTranslate } from "@/lib/cli-i18n";
import { REFUSAL_PARAMS, type Refusal } from "@/lib/annotate-request/refusals";
import { formatProblem, problemMessage, refusalMessage } from "@/lib/problem-messages";
import { english } from "@/server/english";
import { makeProblem, PROBLEM_CODES, PROBLEM_PARAMS, type Problem } from "@/lib/problems";
import en from "@/messages/en.json";
import kk from "@/messages/kk.json";
import ru from "@/messages/ru.json";

type Lang = (typeof CLI_LANGS)[number];
type Spec = Record<string, "string" | "number" | readonly string[]>;
type Values = Record<string, string | number>;

interface Catalog {
  namespace: "Problem" | "Refusal";
  params: Record<string, Spec>;
  messages: Record<Lang, Record<string, string>>;
  /** How the command line, the build or the API words one. */
  word: (code: string, params: Values, lang: Lang) => string;
}

const CATALOGS: Catalog[] = [
  {
    namespace: "Problem",
    params: PROBLEM_PARAMS,
    messages: { kk: kk.Problem, ru: ru.Problem, en: en.Problem },
    word: (code, params, lang) => problemMessage({ file: "f", line: 1, column: 1, field: "", severity: "error", code, params } as unknown as Problem, cliTranslate(lang)),
  },
  {
    namespace: "Refusal",
    params: REFUSAL_PARAMS,
    messages: { kk: kk.Refusal, ru: ru.Refusal, en: en.Refusal },
    word: (code, params, lang) => refusalMessage({ status: 400, code, params } as unknown as Refusal, cliTranslate(lang)),
  },
];

const EACH = CATALOGS.flatMap((catalog) => CLI_LANGS.map((lang) => [catalog.namespace, lang, catalog] as const));

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

/** Values to format a code with: for a text every key its selects name plus a free one, for a number each plural category's kind. */
function samples(catalog: Catalog, code: string): Values[] {
  const spec = catalog.params[code]!;
  const keys = new Set<string>();
  for (const lang of CLI_LANGS) {
    for (const [name, uses] of argumentsOf(catalog.messages[lang][code] ?? "", lang)) {
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

/** A placeholder left in the text ({name}, {name, …) or the key itself instead of a message. */
const LEFTOVER = /\{\s*\w+\s*[,}]|\w\s*\}|undefined|NaN|^(Problem|Refusal)\./;

describe("the problem catalogs", () => {
  it("declare the codes the checks and the API report, with their parameters", () => {
    expect(PROBLEM_CODES).toEqual(expect.arrayContaining(["yamlSyntax", "duplicateKey", "nameClash", "paragraphMissing"]));
    expect(PROBLEM_PARAMS.nameClash).toEqual({ name: "string", otherName: "string", other: "string", file: "string" });
    expect(REFUSAL_PARAMS.tooManyMarks).toEqual({ marks: "number", offset: "number", max: "number" });
  });

  it.each(EACH)("%s has a message for every code in %s, and no message for a code that does not exist", (_namespace, lang, catalog) => {
    expect(Object.keys(catalog.messages[lang]).sort()).toEqual(Object.keys(catalog.params).sort());
  });

  it.each(EACH)("%s uses in %s exactly the parameters each code declares, numbers as numbers", (_namespace, lang, catalog) => {
    for (const [code, spec] of Object.entries(catalog.params)) {
      const used = argumentsOf(catalog.messages[lang][code]!, lang);
      expect([code, [...used.keys()].sort()]).toEqual([code, Object.keys(spec).sort()]);
      for (const [name, uses] of used) {
        const type = spec[name];
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

  it.each(EACH)("%s formats every code in %s to plain text through the command line's translator", (_namespace, lang, catalog) => {
    for (const code of Object.keys(catalog.params)) {
      for (const params of samples(catalog, code)) {
        const text = catalog.word(code, params, lang);
        expect([code, params, text]).toEqual([code, params, expect.not.stringMatching(LEFTOVER)]);
        expect(text.trim()).not.toBe("");
      }
    }
  });

  it.each(EACH)("%s formats every code in %s alike through next-intl, as the web interface would", (namespace, lang, catalog) => {
    const t = createTranslator({ locale: lang, messages: { kk, ru, en }[lang], namespace });
    for (const code of Object.keys(catalog.params)) {
      for (const params of samples(catalog, code)) {
        expect([code, params, (t as unknown as (key: string, values: Values) => string)(code, params)]).toEqual([code, params, catalog.word(code, params, lang)]);
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
    expect(formatProblem(problem, cliTranslate("en"))).toBe("glossary/court.yaml:3:5  error  kk.term  required field “term” is missing");
    expect(formatProblem(problem, cliTranslate("ru"))).toBe("glossary/court.yaml:3:5  error  kk.term  нет обязательного поля «term»");
    expect(formatProblem(problem, cliTranslate("kk"))).toBe("glossary/court.yaml:3:5  error  kk.term  міндетті «term» өрісі жоқ");
    // The server words it through next-intl (its bundle's messages are precompiled for it): the same English.
    expect(formatProblem(problem, english)).toBe(formatProblem(problem, cliTranslate("en")));
  });

  it("without parameters gets an empty set of them", () => {
    expect(makeProblem({ file: "a/kk.md", line: 1, column: 1, field: "", code: "noParagraphs", severity: "warning" })).toMatchObject({ params: {}, severity: "warning" });
  });
});
