// A corpus many times the project's own: the project is built in a scratch copy with 30 articles
// generated from its two (scripts/lib/corpus/scratch.ts, as `npm run bench:corpus` does), and no
// prerendered page or JSON file it writes, nor its output per article, may pass the corpus
// limits; the article files beside the pages are made on request and not written at all.
// (`npm run bench:corpus 1000` measures the build's time and size.)
import { readFileSync } from "node:fs";
import path from "node:path";
import { glossaryToCsv } from "@/lib/export/csv";
import { glossaryToJson } from "@/lib/export/json";
import { loadGlossary } from "@/lib/glossary/load";
import { articleFiles, build, buildOutput, GLOSSARY_DOWNLOAD, LIMITS, scratchWithCorpus, servedJson, servedPages, type OutputFile } from "@/scripts/lib/corpus/scratch";
import { readGlossaryFiles } from "@/server/content/files";
import { REPO_ROOT } from "@/scripts/lib/next-server";

const ARTICLES = 30;
let files: OutputFile[] = [];
let remove = () => {};
let output = "";

beforeAll(() => {
  const scratch = scratchWithCorpus(REPO_ROOT, ARTICLES);
  remove = scratch.remove;
  const result = build(scratch.root);
  if (!result.ok) throw new Error(`the build of ${ARTICLES} articles failed:\n${result.output.slice(-3000)}`);
  files = buildOutput(scratch.root);
  output = path.join(scratch.root, ".next", "server", "app");
}, 600_000);

afterAll(() => remove());

const over = (list: OutputFile[], limit: number) => list.filter((f) => f.bytes > limit).map((f) => `${f.path}: ${Math.round(f.bytes / 1024)} KB`);

describe(`a build of ${ARTICLES} articles`, () => {
  it("prerenders every article page in every interface language", () => {
    const pages = servedPages(files).filter((f) => /^(kk|ru|en)\/articles\/[^/]+\.html$/.test(f.path));
    expect(pages).toHaveLength(ARTICLES * 3);
  });

  it("writes no page over 400 KB", () => {
    expect(over(servedPages(files), LIMITS.htmlBytes)).toEqual([]);
  });

  // The whole glossary's JSON download grows with the glossary, not with the corpus: the next
  // test holds it to that, and this one every other JSON file to its limit.
  it("writes no JSON file over 1 MB but the whole glossary's download", () => {
    expect(files.map((f) => f.path)).toContain(GLOSSARY_DOWNLOAD);
    expect(over(servedJson(files).filter((f) => f.path !== GLOSSARY_DOWNLOAD), LIMITS.jsonBytes)).toEqual([]);
  });

  it("writes the whole glossary's JSON and CSV from the glossary alone, whatever the corpus", () => {
    const { entries, problems } = loadGlossary(readGlossaryFiles(path.join(REPO_ROOT, "glossary")));
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(readFileSync(path.join(output, GLOSSARY_DOWNLOAD), "utf8")).toBe(glossaryToJson(entries));
    expect(readFileSync(path.join(output, "exports/glossary.csv.body"), "utf8")).toBe(glossaryToCsv(entries));
  });

  it("writes under 400 KB per article", () => {
    const perArticle = articleFiles(files).reduce((sum, f) => sum + f.bytes, 0) / ARTICLES;
    expect(perArticle).toBeLessThan(LIMITS.perArticleBytes);
  });

  it("writes none of an article's files beside its page (made on request)", () => {
    expect(files.filter((f) => /\/articles\/[^/[]+\/(text\.json|cards\.json|flashcards(-latn)?\.csv)/.test(f.path)).map((f) => f.path)).toEqual([]);
  });
});
