// `npm run glossary -- check` as an editor runs it, in temporary copies of a small glossary:
// the exact line and exit code for each kind of mistake, in each of the three languages.
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
      en: ["glossary/court.yaml:5:1  -  YAML syntax error: tabs cannot be used for indentation, use spaces"],
      ru: ["glossary/court.yaml:5:1  -  ошибка синтаксиса YAML: для отступов нельзя использовать табуляцию, нужны пробелы"],
      kk: ["glossary/court.yaml:5:1  -  YAML синтаксис қатесі: шегініс үшін табуляция емес, бос орын қолданылады"],
    },
  },
  {
    name: "a missing field, at the mapping that should hold it",
    changes: { "glossary/court.yaml": "glossary/broken/missing-field.yaml" },
    file: "glossary/court.yaml",
    status: 1,
    expected: {
      en: ["glossary/court.yaml:4:1  kk.term  required field “term” is missing"],
      ru: ["glossary/court.yaml:4:1  kk.term  нет обязательного поля «term»"],
      kk: ["glossary/court.yaml:4:1  kk.term  міндетті «term» өрісі жоқ"],
    },
  },
  {
    name: "a duplicated id, naming both files",
    changes: { "glossary/court-body.yaml": "glossary/broken/duplicate-id.yaml" },
    file: "glossary/court-body.yaml",
    status: 1,
    expected: {
      en: [
        "glossary/court-body.yaml:1:1  id  id “court” differs from the file name: expected “court-body”",
        "glossary/court-body.yaml:1:1  id  id “court” is already used in glossary/court.yaml",
      ],
      ru: [
        "glossary/court-body.yaml:1:1  id  идентификатор «court» не совпадает с именем файла: ожидается «court-body»",
        "glossary/court-body.yaml:1:1  id  идентификатор «court» уже используется в glossary/court.yaml",
      ],
      kk: [
        "glossary/court-body.yaml:1:1  id  «court» идентификаторы файл атауына сәйкес емес: «court-body» болуы керек",
        "glossary/court-body.yaml:1:1  id  «court» идентификаторы glossary/court.yaml файлында қолданылған",
      ],
    },
  },
  {
    name: "an unknown related id, as a warning",
    changes: { "glossary/court.yaml": "glossary/broken/unknown-related.yaml" },
    file: "glossary/court.yaml",
    status: 0,
    expected: {
      en: ["glossary/court.yaml:13:18  related.1  related id “tribunal” names no entry"],
      ru: ["glossary/court.yaml:13:18  related.1  в related указан несуществующий идентификатор «tribunal»"],
      kk: ["glossary/court.yaml:13:18  related.1  related ішінде көрсетілген «tribunal» жазбасы жоқ"],
    },
  },
  {
    name: "misaligned article paragraphs, with both counts",
    changes: { "articles/short-news/ru.md": "articles/misaligned/short-news/ru.md" },
    file: "articles/short-news/ru.md",
    status: 1,
    expected: {
      en: ["articles/short-news/ru.md:10:1  -  3 paragraphs but articles/short-news/kk.md has 2: this paragraph has no counterpart in the original"],
      ru: ["articles/short-news/ru.md:10:1  -  абзацев: 3, а в articles/short-news/kk.md: 2; у этого абзаца нет соответствия в оригинале"],
      kk: ["articles/short-news/ru.md:10:1  -  абзац саны 3, ал articles/short-news/kk.md файлында 2: бұл абзацқа түпнұсқада сәйкес абзац жоқ"],
    },
  },
];

describe("glossary check", () => {
  it("passes the valid fixture, reporting only the draft's missing definitions", () => {
    const result = run(workspace(), ["check", "--lang", "en"]);
    expect(result.lines).toEqual([
      "glossary/supreme-court.yaml:4:1  kk  no definition in Kazakh",
      "glossary/supreme-court.yaml:7:1  ru  no definition in Russian",
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
    const result = run(workspace({ "glossary/court.yaml": "glossary/broken/unknown-related.yaml" }), ["check", "--strict"]);
    expect(result.status).toBe(1);
  });

  it("speaks the language of LANG when --lang is not given", () => {
    const result = run(workspace({ "glossary/court.yaml": "glossary/broken/missing-field.yaml" }), ["check"], {
      LANG: "ru_RU.UTF-8",
    });
    expect(linesOf(result, "glossary/court.yaml")).toEqual(["glossary/court.yaml:4:1  kk.term  нет обязательного поля «term»"]);
    expect(result.stderr).toContain("Ошибок: 1");
  });

  it("refuses an unknown --lang with exit code 2", () => {
    const result = run(workspace(), ["check", "--lang", "de"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Unknown language “de”");
  });
});
