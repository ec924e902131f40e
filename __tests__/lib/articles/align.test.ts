import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { alignmentProblem, alignParagraphs, lengthRatio, LENGTH_RATIO, withinRatio } from "@/lib/articles/align";
import { parseArticleFiles, parseArticleVersion, type ArticleVersion } from "@/lib/articles/parse";
import { cliTranslate } from "@/lib/cli-i18n";
import type { Lang } from "@/lib/glossary/schema";
import { formatProblem } from "@/lib/problem-messages";

const ARTICLES = path.resolve(__dirname, "../../../articles");
const SLUGS = readdirSync(ARTICLES).sort();

const read = (slug: string, lang: Lang) => readFileSync(path.join(ARTICLES, slug, `${lang}.md`), "utf8");

function version(file: string, lang: Lang, source: string): { version: ArticleVersion; endLine: number } {
  const result = parseArticleVersion(lang, file, source);
  if (!result.version) throw new Error(`${file} does not parse`);
  return { version: result.version, endLine: result.endLine };
}

/** The article's file with its paragraphs rewritten by `change` (front matter kept). */
function edited(source: string, change: (paragraphs: string[]) => string[]): string {
  const close = source.indexOf("\n---\n", 3) + 5;
  const paragraphs = source.slice(close).trim().split(/\n\s*\n/);
  return source.slice(0, close) + change(paragraphs).join("\n\n") + "\n";
}

const en = (problem: ReturnType<typeof alignmentProblem>) => (problem ? formatProblem(problem, cliTranslate("en")) : undefined);

describe("the two real articles", () => {
  it.each(SLUGS)("%s lines up in both translations", (slug) => {
    const files = Object.fromEntries((["kk", "ru", "en"] as const).map((lang) => [lang, { path: `articles/${slug}/${lang}.md`, source: read(slug, lang) }]));
    expect(parseArticleFiles(slug, files).problems).toEqual([]);
  });

  it("have every pair's ratio well inside the bounds, so the bounds are not tuned to the edge", () => {
    const ratios = SLUGS.flatMap((slug) => {
      const kk = version("kk", "kk", read(slug, "kk")).version.paragraphs;
      return (["ru", "en"] as const).flatMap((lang) =>
        version(lang, lang, read(slug, lang)).version.paragraphs.map((p, i) => lengthRatio(kk[i]!.text, p.text)),
      );
    });
    expect(ratios.length).toBe(36);
    expect(Math.min(...ratios)).toBeGreaterThan(LENGTH_RATIO.min + 0.2);
    expect(Math.max(...ratios)).toBeLessThan(LENGTH_RATIO.max - 0.4);
  });
});

describe("alignmentProblem", () => {
  const slug = "supreme-court-chair-beijing";
  const kk = version(`articles/${slug}/kk.md`, "kk", read(slug, "kk")).version;

  it("names the deleted paragraph 5 of 10, with the original's line, at the line where it belongs", () => {
    const ru = version(`articles/${slug}/ru.md`, "ru", edited(read(slug, "ru"), (ps) => ps.filter((_, i) => i !== 4)));
    const problem = alignmentProblem(kk, ru.version, ru.endLine);
    expect(problem?.code).toBe("paragraphMissing");
    // Paragraph 6 of the translation now starts where paragraph 5 did: that is where the gap is.
    expect(problem?.line).toBe(ru.version.paragraphs[4]!.line);
    expect(problem?.params).toEqual({ count: 9, expected: 10, other: kk.file, missing: 5, otherLine: kk.paragraphs[4]!.line });
    expect(en(problem)).toBe(
      `articles/${slug}/ru.md:${ru.version.paragraphs[4]!.line}:1  error  -  9 paragraphs but articles/${slug}/kk.md has 10: ` +
        `the translation of its paragraph 5 (line ${kk.paragraphs[4]!.line}) is missing; it belongs here`,
    );
  });

  it.each([0, 2, 4, 7, 9])("finds any deleted paragraph (index %i) of the English translation", (deleted) => {
    const enVersion = version("en.md", "en", edited(read(slug, "en"), (ps) => ps.filter((_, i) => i !== deleted)));
    const problem = alignmentProblem(kk, enVersion.version, enVersion.endLine);
    expect([problem?.code, problem?.params]).toEqual(["paragraphMissing", expect.objectContaining({ missing: deleted + 1 })]);
  });

  it("names an added paragraph as the one without a counterpart", () => {
    const ru = version("ru.md", "ru", edited(read(slug, "ru"), (ps) => [...ps.slice(0, 3), "Этого абзаца в оригинале нет, он добавлен переводчиком.", ...ps.slice(3)]));
    const problem = alignmentProblem(kk, ru.version, ru.endLine);
    expect([problem?.code, problem?.line, problem?.params]).toEqual([
      "paragraphSurplus",
      ru.version.paragraphs[3]!.line,
      { count: 11, expected: 10, other: kk.file, paragraph: 4 },
    ]);
  });

  it("reports a split plus a merge that keeps the count at the split, its first ratio outlier", () => {
    // Paragraph 3 split in two, paragraphs 8 and 9 merged into one: still ten paragraphs.
    const ru = version("ru.md", "ru", edited(read(slug, "ru"), (ps) => {
      const third = ps[2]!;
      const cut = third.indexOf(". ", third.length / 3) + 1;
      expect(cut).toBeGreaterThan(0);
      return [...ps.slice(0, 2), third.slice(0, cut), third.slice(cut + 1), ...ps.slice(3, 7), `${ps[7]} ${ps[8]}`, ...ps.slice(9)];
    }));
    expect(ru.version.paragraphs.length).toBe(10);
    const problem = alignmentProblem(kk, ru.version, ru.endLine);
    expect([problem?.code, problem?.line]).toEqual(["paragraphLength", ru.version.paragraphs[2]!.line]);
    expect(problem?.params).toMatchObject({ paragraph: 3, otherParagraph: 3, otherLine: kk.paragraphs[2]!.line, min: 0.6, max: 1.8 });
    expect(en(problem)).toMatch(/^ru\.md:\d+:1  error  -  paragraph 3 has \d+ letters and digits but paragraph 3 of articles\/supreme-court-chair-beijing\/kk\.md \(line \d+\) has 4\d\d: they do not line up/);
  });

  it("gives a short paragraph slack, but not a long one", () => {
    expect(withinRatio(lengthRatio("Астана.", "Astana, 12 April 2016."))).toBe(true);
    expect(lengthRatio("Астана.", "Astana, 12 April 2016.")).toBeGreaterThan(1);
    const long = "сот ".repeat(100);
    expect(withinRatio(lengthRatio(long, "суд ".repeat(50)))).toBe(false);
    expect(withinRatio(lengthRatio(long, "суд ".repeat(90)))).toBe(true);
  });
});

describe("alignParagraphs", () => {
  it("pairs equal lists one to one", () => {
    expect(alignParagraphs(["a b c", "d e"], ["x y z", "u v"]).map((b) => b.kind)).toEqual(["pair", "pair"]);
  });

  it("places the gap where the lengths and numbers say, not at the end", () => {
    const original = ["1".repeat(50), "2".repeat(300), "3".repeat(120), "4".repeat(500)];
    const translation = ["a".repeat(55), "c".repeat(125), "d".repeat(480)];
    expect(alignParagraphs(original, translation)).toEqual([
      { kind: "pair", original: 0, translation: 0 },
      { kind: "missing", original: 1, translation: 1 },
      { kind: "pair", original: 2, translation: 1 },
      { kind: "pair", original: 3, translation: 2 },
    ]);
  });

  it("uses the numbers a paragraph holds when the lengths cannot tell", () => {
    const original = ["Сессия 2016 жылы өтті.", "Келесі кездесу 12 сәуірде.", "Сот шешім шығарды."];
    const translation = ["Сессия прошла в 2016 году.", "Суд вынес решение."];
    expect(alignParagraphs(original, translation).map((b) => b.kind)).toEqual(["pair", "missing", "pair"]);
  });
});
