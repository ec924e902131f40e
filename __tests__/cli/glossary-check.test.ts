// `npm run glossary -- check` as an editor runs it, in temporary copies of a small glossary:
// the exact line and exit code for each kind of mistake, in each of the three languages.
import { rmSync } from "node:fs";
import path from "node:path";
import { removeWorkspaces, runGlossary as run, workspace } from "./workspace";

jest.setTimeout(60_000);
afterEach(removeWorkspaces);

const linesOf = (output: { lines: string[] }, file: string) => output.lines.filter((l) => l.startsWith(`${file}:`));

type Case = {
  name: string;
  changes: Record<string, string>;
  file: string;
  status: number;
  expected: Record<"kk" | "ru" | "en", string[]>;
};

const CASES: Case[] = [
  {
    name: "a YAML syntax error, at its line",
    changes: { "glossary/court.yaml": "glossary/broken/yaml-syntax.yaml" },
    file: "glossary/court.yaml",
    status: 1,
    expected: {
      en: ["glossary/court.yaml:5:1  error  -  YAML syntax error: tabs cannot be used for indentation, use spaces"],
      ru: ["glossary/court.yaml:5:1  error  -  ошибка синтаксиса YAML: для отступов нельзя использовать табуляцию, нужны пробелы"],
      kk: ["glossary/court.yaml:5:1  error  -  YAML синтаксис қатесі: шегініс үшін табуляция емес, бос орын қолданылады"],
    },
  },
  {
    name: "a missing field, at the mapping that should hold it",
    changes: { "glossary/court.yaml": "glossary/broken/missing-field.yaml" },
    file: "glossary/court.yaml",
    status: 1,
    expected: {
      en: ["glossary/court.yaml:4:1  error  kk.term  required field “term” is missing"],
      ru: ["glossary/court.yaml:4:1  error  kk.term  нет обязательного поля «term»"],
      kk: ["glossary/court.yaml:4:1  error  kk.term  міндетті «term» өрісі жоқ"],
    },
  },
  {
    name: "a duplicated id, naming both files",
    changes: { "glossary/court-body.yaml": "glossary/broken/duplicate-id.yaml" },
    file: "glossary/court-body.yaml",
    status: 1,
    expected: {
      en: [
        "glossary/court-body.yaml:1:1  error  id  id “court” differs from the file name: expected “court-body”",
        "glossary/court-body.yaml:1:1  error  id  id “court” is already used in glossary/court.yaml",
      ],
      ru: [
        "glossary/court-body.yaml:1:1  error  id  идентификатор «court» не совпадает с именем файла: ожидается «court-body»",
        "glossary/court-body.yaml:1:1  error  id  идентификатор «court» уже используется в glossary/court.yaml",
      ],
      kk: [
        "glossary/court-body.yaml:1:1  error  id  «court» идентификаторы файл атауына сәйкес емес: «court-body» болуы керек",
        "glossary/court-body.yaml:1:1  error  id  «court» идентификаторы glossary/court.yaml файлында бұрыннан қолданылған",
      ],
    },
  },
  {
    name: "an unknown related id, as an error",
    changes: { "glossary/court.yaml": "glossary/broken/unknown-related.yaml" },
    file: "glossary/court.yaml",
    status: 1,
    expected: {
      en: ["glossary/court.yaml:15:18  error  related.1  related id “tribunal” names no entry"],
      ru: ["glossary/court.yaml:15:18  error  related.1  в related указан несуществующий идентификатор «tribunal»"],
      kk: ["glossary/court.yaml:15:18  error  related.1  related ішінде көрсетілген «tribunal» жазбасы жоқ"],
    },
  },
  {
    name: "misaligned article paragraphs, with both counts",
    changes: { "articles/short-news/ru.md": "articles/misaligned/short-news/ru.md" },
    file: "articles/short-news/ru.md",
    status: 1,
    expected: {
      en: ["articles/short-news/ru.md:10:1  error  -  3 paragraphs but articles/short-news/kk.md has 2: paragraph 3 has no counterpart in the original"],
      ru: ["articles/short-news/ru.md:10:1  error  -  абзацев: 3, а в articles/short-news/kk.md: 2; у абзаца 3 нет соответствия в оригинале"],
      kk: ["articles/short-news/ru.md:10:1  error  -  абзац саны 3, ал articles/short-news/kk.md файлында 2: 3-абзацқа түпнұсқада сәйкес абзац жоқ"],
    },
  },
];

describe("glossary check", () => {
  it("passes the valid fixture, reporting only the draft's missing definitions", () => {
    const result = run(workspace(), ["check", "--lang", "en"]);
    expect(result.lines).toEqual([
      "glossary/supreme-court.yaml:4:1  warning  kk  no definition in Kazakh",
      "glossary/supreme-court.yaml:8:1  warning  ru  no definition in Russian",
    ]);
    expect(result.stderr.trim()).toBe("0 errors, 2 warnings.");
    expect(result.status).toBe(0);
  });

  for (const testCase of CASES) {
    for (const lang of ["kk", "ru", "en"] as const) {
      it(`reports ${testCase.name} (${lang})`, () => {
        const result = run(workspace(testCase.changes), ["check", "--lang", lang]);
        expect(linesOf(result, testCase.file)).toEqual(testCase.expected[lang]);
        expect(result.status).toBe(testCase.status);
      });
    }
  }

  it("fails on warnings with --strict", () => {
    // The valid fixture's only problems are a draft's two missing definitions: warnings.
    expect(run(workspace(), ["check"]).status).toBe(0);
    expect(run(workspace(), ["check", "--strict"]).status).toBe(1);
  });

  it("warns of an article's missing translation, naming its folder and file, and passes (exit 0)", () => {
    const dir = workspace();
    rmSync(path.join(dir, "articles/short-news/ru.md"));
    const result = run(dir, ["check", "--lang", "en"]);
    expect(result.lines.filter((l) => l.startsWith("articles/"))).toEqual([
      "articles/short-news/ru.md:1:1  warning  -  no Russian translation yet: articles/short-news has no ru.md; the article is shown without it",
    ]);
    expect(result.stderr.trim()).toBe("0 errors, 3 warnings.");
    expect(result.status).toBe(0);
    expect(run(dir, ["check", "--strict"]).status).toBe(1);
    const json = JSON.parse(run(dir, ["check", "--json", "--lang", "kk"]).stdout) as { problems: { file: string; severity: string; code: string; params: object; message: string }[] };
    expect(json.problems.filter((p) => p.file.startsWith("articles/"))).toEqual([
      expect.objectContaining({ severity: "warning", code: "missingTranslation", params: { lang: "ru", file: "ru.md", folder: "articles/short-news" }, message: expect.stringContaining("орысша аудармасы әзірге жоқ") }),
    ]);
  });

  it("fails on an article without its Kazakh file, an error at that file (exit 1)", () => {
    const dir = workspace();
    rmSync(path.join(dir, "articles/short-news/kk.md"));
    const result = run(dir, ["check", "--lang", "en"]);
    expect(result.lines.filter((l) => l.startsWith("articles/"))).toEqual(["articles/short-news/kk.md:1:1  error  -  the Kazakh version of the article is missing"]);
    expect(result.status).toBe(1);
  });

  it("speaks the language of LANG when --lang is not given", () => {
    const result = run(workspace({ "glossary/court.yaml": "glossary/broken/missing-field.yaml" }), ["check"], {
      LANG: "ru_RU.UTF-8",
    });
    expect(linesOf(result, "glossary/court.yaml")).toEqual(["glossary/court.yaml:4:1  error  kk.term  нет обязательного поля «term»"]);
    expect(result.stderr).toContain("Ошибок: 1");
  });

  it("gives the problems as JSON with --json: located, with code and parameters and the message in --lang", () => {
    const result = run(workspace({ "glossary/court.yaml": "glossary/broken/missing-field.yaml" }), ["check", "--json", "--lang", "ru"]);
    expect(result.lines).toHaveLength(1);
    const { problems } = JSON.parse(result.stdout) as { problems: Record<string, unknown>[] };
    expect(problems.find((p) => p.file === "glossary/court.yaml")).toEqual({
      file: "glossary/court.yaml",
      line: 4,
      column: 1,
      field: "kk.term",
      severity: "error",
      code: "missingField",
      params: { name: "term" },
      message: "нет обязательного поля «term»",
    });
    expect(problems.map((p) => p.code)).toEqual(expect.arrayContaining(["missingDefinition"]));
    expect(result.stderr).toContain("Ошибок: 1");
    expect(result.status).toBe(1);
  });

  it("refuses an unknown --lang with exit code 2", () => {
    const result = run(workspace(), ["check", "--lang", "de"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Unknown language “de”");
  });
});
