// `article new` in temporary copies of the fixture content: what it writes, what it refuses
// (writing nothing), every alignment error at its input file and line, and the coverage and
// candidates it prints; and `glossary candidates --file` on the two real articles.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { normalizeWord } from "@/lib/annotate";
import { loadGlossary } from "@/lib/glossary/load";
import { readGlossaryFiles } from "@/server/content/files";
import { removeWorkspaces, runGlossary, workspace } from "./workspace";

jest.setTimeout(90_000);
afterEach(removeWorkspaces);

const ROOT = path.resolve(__dirname, "../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
const REAL_GLOSSARY = path.join(ROOT, "glossary");
const REAL_ARTICLES = path.join(ROOT, "articles");
const CHAIR = "supreme-court-chair-beijing";
const SLUGS = readdirSync(REAL_ARTICLES).sort();

function runArticle(dir: string, args: string[], glossary = "glossary") {
  const result = spawnSync(
    TSX,
    ["--tsconfig", path.join(ROOT, "tsconfig.json"), path.join(ROOT, "scripts/article.ts"), ...args, "--glossary", glossary, "--articles", "articles"],
    { cwd: dir, encoding: "utf8", env: { ...process.env, LC_ALL: "", LC_MESSAGES: "", LANG: "C.UTF-8" } },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file and folder under articles/ with the files' content, to prove nothing was written. */
const articlesSnapshot = (dir: string) =>
  readdirSync(path.join(dir, "articles"), { recursive: true, encoding: "utf8" })
    .sort()
    .map((name) => {
      const file = path.join(dir, "articles", name);
      return [name, statSync(file).isDirectory() ? "folder" : readFileSync(file, "utf8")];
    });

const real = (slug: string, lang: string) => readFileSync(path.join(REAL_ARTICLES, slug, `${lang}.md`), "utf8");

/** A real article file with its paragraphs changed (front matter kept). */
function edited(source: string, change: (paragraphs: string[]) => string[]): string {
  const close = source.indexOf("\n---\n", 3) + 5;
  return source.slice(0, close) + change(source.slice(close).trim().split(/\n\s*\n/)).join("\n\n") + "\n";
}

/** 1-based line of the n-th (1-based) paragraph of a file written by `edited` or taken as it is. */
function lineOfParagraph(source: string, n: number): number {
  const lines = source.split("\n");
  const close = lines.indexOf("---", 1);
  let count = 0;
  for (let i = close + 1; i < lines.length; i++) {
    const starts = lines[i]!.trim() !== "" && (i === close + 1 || lines[i - 1]!.trim() === "");
    if (starts && ++count === n) return i + 1;
  }
  throw new Error(`no paragraph ${n}`);
}

/** The input files in `dir/in/`, named by language. */
function inputs(dir: string, files: Record<string, string | Buffer>): string[] {
  mkdirSync(path.join(dir, "in"), { recursive: true });
  return Object.entries(files).flatMap(([lang, content]) => {
    writeFileSync(path.join(dir, "in", `${lang}.txt`), content);
    return [`--${lang}`, `in/${lang}.txt`];
  });
}

const PLAIN = {
  kk: "Сот туралы жаңа хабар\n\nЖоғарғы сот судьясы баспасөзге сұхбат берді.\n\nОл сот жүйесінің\nжұмысы туралы айтты.\n",
  ru: "Новая заметка о суде\n\nСудья Верховного суда дал интервью прессе.\n\nОн рассказал о работе\nсудебной системы.\n",
  en: "A new note about a court\n\nA judge of the Supreme Court gave an interview to the press.\n\nHe spoke about the work of the court system.\n",
};

describe("article new writes", () => {
  it("three article files from plain texts, the title from each first line, that check passes", () => {
    const dir = workspace();
    const result = runArticle(dir, ["new", "--slug", "court-note", ...inputs(dir, PLAIN), "--date", "2024-03-02", "--source", "ҚазАқпарат"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout.split("\n")[0]).toBe("Created articles/court-note/kk.md, ru.md and en.md (2 paragraphs each).");
    expect(readFileSync(path.join(dir, "articles/court-note/kk.md"), "utf8")).toBe(
      "---\ntitle: Сот туралы жаңа хабар\ndate: 2024-03-02\nsource: ҚазАқпарат\n---\nЖоғарғы сот судьясы баспасөзге сұхбат берді.\n\nОл сот жүйесінің\nжұмысы туралы айтты.\n",
    );
    expect(readFileSync(path.join(dir, "articles/court-note/en.md"), "utf8")).toMatch(/^---\ntitle: A new note about a court\ndate: 2024-03-02\n/);
    const check = runGlossary(dir, ["check", "--lang", "en"]);
    expect(check.stderr.trim()).toBe("0 errors, 2 warnings.");
    expect(check.stdout).not.toContain("articles/");
  });

  it("the Kazakh and English files alone without --ru, warning of the missing translation, that check passes", () => {
    const dir = workspace();
    const result = runArticle(dir, ["new", "--slug", "no-ru", ...inputs(dir, { kk: PLAIN.kk, en: PLAIN.en }), "--lang", "en"]);
    expect(result.status).toBe(0);
    expect(result.stdout.split("\n")[0]).toBe("Created articles/no-ru/kk.md and en.md (2 paragraphs each).");
    expect(result.stderr).toBe("articles/no-ru/ru.md:1:1  warning  -  no Russian translation yet: articles/no-ru has no ru.md; the article is shown without it\n");
    expect(readdirSync(path.join(dir, "articles/no-ru")).sort()).toEqual(["en.md", "kk.md"]);
    expect(readFileSync(path.join(dir, "articles/no-ru/en.md"), "utf8")).toMatch(/^---\ntitle: A new note about a court\n---\n/);
    const check = runGlossary(dir, ["check", "--lang", "en"]);
    expect(check.status).toBe(0);
    expect(check.stdout).toContain("articles/no-ru/ru.md:1:1  warning");
    expect(check.stderr.trim()).toBe("0 errors, 3 warnings.");
  });

  it("the Kazakh file alone with --kk only", () => {
    const dir = workspace();
    const result = runArticle(dir, ["new", "--slug", "only-kk", ...inputs(dir, { kk: PLAIN.kk }), "--lang", "en"]);
    expect(result.status).toBe(0);
    expect(result.stdout.split("\n")[0]).toBe("Created articles/only-kk/kk.md (2 paragraphs).");
    expect(readdirSync(path.join(dir, "articles/only-kk"))).toEqual(["kk.md"]);
  });

  it("takes titles from --title-LANG, the whole file then being paragraphs", () => {
    const dir = workspace();
    const body = Object.fromEntries(Object.entries(PLAIN).map(([lang, text]) => [lang, text.slice(text.indexOf("\n\n") + 2)]));
    const titles = ["--title-kk", "Тақырып", "--title-ru", "Заголовок", "--title-en", "Title: with a colon"];
    const result = runArticle(dir, ["new", "--slug", "titled", ...inputs(dir, body), ...titles]);
    expect(result.status).toBe(0);
    expect(readFileSync(path.join(dir, "articles/titled/en.md"), "utf8").split("\n").slice(0, 4)).toEqual([
      "---", "title: \"Title: with a colon\"", "---", "A judge of the Supreme Court gave an interview to the press.",
    ]);
  });

  it("a real article given as article files, byte for byte, and prints its coverage and candidates", () => {
    const dir = workspace();
    const files = Object.fromEntries(["kk", "ru", "en"].map((lang) => [lang, real(CHAIR, lang)]));
    const result = runArticle(dir, ["new", "--slug", "copy", ...inputs(dir, files), "--lang", "en"], REAL_GLOSSARY);
    expect(result.status).toBe(0);
    for (const lang of ["kk", "ru", "en"]) expect(readFileSync(path.join(dir, "articles/copy", `${lang}.md`), "utf8")).toBe(real(CHAIR, lang));

    // The same figures as `glossary coverage` gives for the article in the corpus.
    const coverage = spawnSync(TSX, ["--tsconfig", path.join(ROOT, "tsconfig.json"), path.join(ROOT, "scripts/glossary.ts"), "coverage", "--lang", "en"], { cwd: ROOT, encoding: "utf8" });
    const corpus = coverage.stdout.match(new RegExp(`^${CHAIR}: ([\\d.]+%) of (\\d+) Kazakh words .*\\((\\d+) occurrences of (\\d+) terms\\)`, "m"));
    expect(corpus).not.toBeNull();
    const [, share, words, occurrences, terms] = corpus!;
    expect(result.stdout).toContain(`Kazakh text: ${occurrences} occurrences of glossary terms, ${terms} distinct entries; ${share} of its ${words} words are inside glossary terms`);
    expect(Number(terms)).toBeGreaterThan(5);

    const lines = result.stdout.split("\n");
    const heading = lines.findIndex((l) => /^\d+ phrases? around legal head words, not in the glossary, occurring at least once:$/.test(l));
    expect(heading).toBeGreaterThan(0);
    const phrases = lines.slice(heading + 1).filter(Boolean).map((l) => l.match(/^\d+ × (.+?)  \(copy: /)?.[1]);
    expect(phrases.length).toBeGreaterThan(0);
    expect(phrases).not.toContain(undefined);
    // The same list as `glossary candidates --file` gives for the article's Kazakh file.
    const byFile = runGlossary(ROOT, ["candidates", "--file", path.join(dir, "articles/copy/kk.md"), "--lang", "en"]);
    expect(byFile.lines.slice(1).map((l) => l.match(/^\d+ × (.+?)  \(/)?.[1])).toEqual(phrases);
  });
});

describe("article --help", () => {
  it.each([
    ["en", "between\n0.6 and 1.8 times as long"],
    ["ru", "от 0,6 до 1,8 длины"],
    ["kk", "0,6–1,8 еселігі"],
  ])("explains the input formats and the alignment bounds (%s)", (lang, bounds) => {
    const result = runArticle(ROOT, ["--help", "--lang", lang]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("npm run --silent article -- new --slug SLUG --kk");
    expect(result.stdout).toContain("--title-kk");
    expect(result.stdout).toContain(bounds);
  });
});

describe("article new refuses, writing nothing", () => {
  it("an existing folder, leaving it as it was", () => {
    const dir = workspace();
    const before = articlesSnapshot(dir);
    const result = runArticle(dir, ["new", "--slug", "short-news", ...inputs(dir, PLAIN)]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe("Nothing written: articles/short-news already exists. Choose another --slug, or edit the files there.");
    expect(articlesSnapshot(dir)).toEqual(before);
  });

  it.each([
    [["--slug", "Court_Note"], "Bad slug “Court_Note”: use lower-case Latin letters, digits and single hyphens, at most 80 characters (for example supreme-court-visit)."],
    [["--slug", "a--b"], "Bad slug “a--b”"],
    [["--slug", "x".repeat(81)], "at most 80 characters"],
    [[], "Missing --slug"],
    [["--slug", "ok", "--date", "12.04.2016"], "--date “12.04.2016” is not a valid date: write it yyyy-mm-dd."],
    [["--slug", "ok", "--url", "kaznews"], "--url “kaznews” is not a valid sourceUrl: give a web address starting with http:// or https://."],
  ])("a bad command line %j, with exit code 2", (args, message) => {
    const dir = workspace();
    const before = articlesSnapshot(dir);
    const result = runArticle(dir, ["new", ...inputs(dir, PLAIN), ...args]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(articlesSnapshot(dir)).toEqual(before);
  });

  it("an article without its Kazakh original, with exit code 2", () => {
    const dir = workspace();
    const before = articlesSnapshot(dir);
    const result = runArticle(dir, ["new", "--slug", "no-kk", ...inputs(dir, { ru: PLAIN.ru, en: PLAIN.en })]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Missing --kk: every article needs its Kazakh original");
    expect(articlesSnapshot(dir)).toEqual(before);
  });

  it("an input file that is not UTF-8, naming it and the line of its first bad byte", () => {
    const dir = workspace();
    // "Суд" in Windows-1251 on line 3.
    const cp1251 = Buffer.concat([Buffer.from("Новая заметка о суде\n\n"), Buffer.from([0xd1, 0xf3, 0xe4]), Buffer.from(" дал интервью.\n")]);
    const result = runArticle(dir, ["new", "--slug", "encoding", ...inputs(dir, { ...PLAIN, ru: cp1251 })]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([
      "in/ru.txt:3:1  error  -  the file is not valid UTF-8 (first bad byte at line 3): save it as UTF-8",
      "Nothing written: 1 error (above).",
    ]);
    expect(existsSync(path.join(dir, "articles/encoding"))).toBe(false);
  });

  it("an input file that does not exist", () => {
    const dir = workspace();
    const result = runArticle(dir, ["new", "--slug", "gone", ...inputs(dir, PLAIN), "--en", "in/none.txt"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("File not found or not readable: in/none.txt");
  });

  it("a plain text whose first paragraph is not a one-line title, and a value given twice", () => {
    const dir = workspace();
    const kk = "Ол сот жүйесінің\nжұмысы туралы айтты.\n\nЖоғарғы сот судьясы баспасөзге сұхбат берді.\n";
    const en = `---\ntitle: A note\nsource: Kazinform\n---\n${PLAIN.en.slice(PLAIN.en.indexOf("\n\n") + 2)}`;
    const result = runArticle(dir, ["new", "--slug", "untitled", ...inputs(dir, { ...PLAIN, kk, en }), "--source", "ҚазАқпарат"]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([
      "in/en.txt:3:1  error  source  the file says “Kazinform” but --source says “ҚазАқпарат”: give it in one place only, or the same in both",
      "in/kk.txt:1:1  error  title  no title: put the title alone on the first line, with a blank line after it, or give it with --title-kk",
      "Nothing written: 2 errors (above).",
    ]);
    expect(existsSync(path.join(dir, "articles/untitled"))).toBe(false);
  });

  it("a text whose title line was forgotten: its first paragraph, taken as the title, leaves the others without counterpart", () => {
    const dir = workspace();
    const kk = PLAIN.kk.slice(PLAIN.kk.indexOf("\n\n") + 2).replace("Ол сот жүйесінің\nжұмысы", "Ол сот жүйесінің жұмысы");
    const result = runArticle(dir, ["new", "--slug", "forgotten", ...inputs(dir, { ...PLAIN, kk })]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([
      "in/en.txt:3:1  error  -  2 paragraphs but in/kk.txt has 1: paragraph 1 has no counterpart in the original",
      "in/ru.txt:3:1  error  -  2 paragraphs but in/kk.txt has 1: paragraph 1 has no counterpart in the original",
      "Nothing written: 2 errors (above).",
    ]);
  });
});

describe("article new reports the first paragraph that does not line up, at its input file and line", () => {
  const run = (changes: Record<string, (ps: string[]) => string[]>) => {
    const dir = workspace();
    const files = Object.fromEntries(["kk", "ru", "en"].map((lang) => [lang, changes[lang] ? edited(real(CHAIR, lang), changes[lang]) : real(CHAIR, lang)]));
    const result = runArticle(dir, ["new", "--slug", "aligned", ...inputs(dir, files), "--lang", "en"], REAL_GLOSSARY);
    expect(existsSync(path.join(dir, "articles/aligned"))).toBe(false);
    return { ...result, files, lines: result.stderr.trim().split("\n") };
  };
  const kkLine = (n: number) => lineOfParagraph(real(CHAIR, "kk"), n);

  it("a deleted paragraph 5 of 10, named as paragraph 5 where it belongs", () => {
    const { status, lines, files } = run({ ru: (ps) => ps.filter((_, i) => i !== 4) });
    expect(status).toBe(1);
    expect(lines).toEqual([
      `in/ru.txt:${lineOfParagraph(files.ru!, 5)}:1  error  -  9 paragraphs but in/kk.txt has 10: the translation of its paragraph 5 (line ${kkLine(5)}) is missing; it belongs here`,
      "Nothing written: 1 error (above).",
    ]);
  });

  it("an added paragraph, and a missing last paragraph in the other translation", () => {
    const { lines, files } = run({ ru: (ps) => [...ps.slice(0, 6), "Этот абзац добавлен при переводе и в оригинале его нет.", ...ps.slice(6)], en: (ps) => ps.slice(0, -1) });
    expect(lines).toEqual([
      `in/en.txt:${lineOfParagraph(files.en!, 9) + 1}:1  error  -  9 paragraphs but in/kk.txt has 10: the translation of its paragraph 10 (line ${kkLine(10)}) is missing; it belongs here`,
      `in/ru.txt:${lineOfParagraph(files.ru!, 7)}:1  error  -  11 paragraphs but in/kk.txt has 10: paragraph 7 has no counterpart in the original`,
      "Nothing written: 2 errors (above).",
    ]);
  });

  it("a split plus a merge that keeps the count, at the split", () => {
    const { lines, files } = run({
      en: (ps) => {
        // Paragraph 3 cut at the sentence end nearest its middle, paragraphs 8 and 9 merged.
        const third = ps[2]!;
        const ends = [...third.matchAll(/\. /g)].map((m) => m.index + 1);
        const cut = ends.sort((a, b) => Math.abs(a - third.length / 2) - Math.abs(b - third.length / 2))[0]!;
        return [...ps.slice(0, 2), third.slice(0, cut), third.slice(cut + 1), ...ps.slice(3, 7), `${ps[7]} ${ps[8]}`, ps[9]!];
      },
    });
    expect(files.en!.split(/\n\n/).length).toBe(10);
    expect(lines[0]).toMatch(
      new RegExp(`^in/en\\.txt:${lineOfParagraph(files.en!, 3)}:1  error  -  paragraph 3 has \\d+ letters and digits but paragraph 3 of in/kk\\.txt \\(line ${kkLine(3)}\\) has \\d+: they do not line up`),
    );
    expect(lines).toHaveLength(2);
  });
});

describe("glossary candidates", () => {
  const glossary = loadGlossary(readGlossaryFiles(REAL_GLOSSARY));
  const names = new Set(glossary.entries.flatMap((e) => [e.kk.term, ...e.kk.variants].map(normalizeWord)));

  it.each(SLUGS)("lists, on default settings, phrases of %s that are not glossary terms", (slug) => {
    const result = runGlossary(ROOT, ["candidates", "--file", `articles/${slug}/kk.md`, "--glossary", REAL_GLOSSARY, "--lang", "en"]);
    expect(result.status).toBe(0);
    const phrases = result.lines.slice(1).map((l) => l.match(new RegExp(`^\\d+ × (.+?)  \\(articles/${slug}/kk\\.md: `))?.[1]);
    expect(phrases.length).toBeGreaterThan(0);
    for (const phrase of phrases) {
      expect(phrase).toBeDefined();
      expect(names.has(normalizeWord(phrase!))).toBe(false);
    }
  });

  it("reads a plain text file, and names a file that is not UTF-8 with its line", () => {
    const dir = workspace();
    writeFileSync(path.join(dir, "plain.txt"), "Сот жүйесін жетілдіру керек.\n\nСот жүйелерінің жұмысы жақсарды.\n");
    const plain = runGlossary(dir, ["candidates", "--file", "plain.txt", "--min", "2", "--lang", "en"]);
    expect(plain.lines).toEqual([
      "1 phrase around legal head words, not in the glossary, occurring at least 2 times:",
      "2 × сот жүйесі  (plain.txt: Сот жүйесін жетілдіру керек.)",
    ]);
    writeFileSync(path.join(dir, "bad.txt"), Buffer.concat([Buffer.from("Сот.\n\n"), Buffer.from([0xd1, 0xee, 0xf2])]));
    const bad = runGlossary(dir, ["candidates", "--file", "bad.txt", "--lang", "en"]);
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim()).toBe("bad.txt:3:1  error  -  the file is not valid UTF-8 (first bad byte at line 3): save it as UTF-8");
  });
});
