// `npm run bench:corpus [N]` (default 1000): how the build grows with the corpus. Builds a scratch
// copy of the project with the project's two articles, then one with N articles generated from
// them (scripts/lib/corpus/scratch.ts), in this process, one after the other, and prints for
// each: the build's time, the files it wrote, the output per article, the largest page and JSON
// file; then N's figures as ratios to the two-article build, against the corpus issue's
// targets. A measurement, not a test: times depend on the machine and what else runs on it.
import path from "node:path";
import { build, buildOutput, LIMITS, scratchWithCorpus, servedJson, servedPages, type OutputFile } from "./lib/corpus/scratch";

const REPO = path.resolve(__dirname, "..");
const count = Number(process.argv[2] ?? 1000);
if (!Number.isInteger(count) || count < 1 || count > 20000) {
  console.error(`bench:corpus N: N is a number of articles from 1 to 20000, not "${process.argv[2]}"`);
  process.exit(2);
}

interface Figures {
  articles: number;
  seconds: number;
  files: number;
  bytes: number;
  perArticle: number;
  largestPage: OutputFile | undefined;
  largestJson: OutputFile | undefined;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const largest = (files: OutputFile[]) => files.reduce<OutputFile | undefined>((max, f) => (!max || f.bytes > max.bytes ? f : max), undefined);

function measure(articles: number): Figures {
  const scratch = scratchWithCorpus(REPO, articles);
  try {
    process.stdout.write(`building ${articles} article(s) in ${scratch.root} … `);
    const result = build(scratch.root);
    if (!result.ok) {
      console.error(`\nthe build failed:\n${result.output.slice(-4000)}`);
      process.exit(1);
    }
    console.log(`${result.seconds.toFixed(0)} s`);
    const files = buildOutput(scratch.root);
    const bytes = files.reduce((sum, f) => sum + f.bytes, 0);
    // An article's own files (its pages, their data and prefetch segments), not the route's code under [slug].
    const ofArticles = files.filter((f) => /(^|\/)articles\/[^[]/.test(f.path)).reduce((sum, f) => sum + f.bytes, 0);
    return { articles, seconds: result.seconds, files: files.length, bytes, perArticle: ofArticles / articles, largestPage: largest(servedPages(files)), largestJson: largest(servedJson(files)) };
  } finally {
    scratch.remove();
  }
}

function print(f: Figures): void {
  console.log(`  ${f.articles} article(s): build ${f.seconds.toFixed(0)} s, ${f.files} files, ${(f.bytes / 1024 / 1024).toFixed(1)} MB; per article ${kb(f.perArticle)}`);
  console.log(`  largest page ${f.largestPage ? `${f.largestPage.path} ${kb(f.largestPage.bytes)}` : "none"}; largest JSON ${f.largestJson ? `${f.largestJson.path} ${kb(f.largestJson.bytes)}` : "none"}`);
}

const base = measure(2);
print(base);
const grown = measure(count);
print(grown);
const mark = (ok: boolean) => (ok ? "ok" : "OVER");
console.log(`\n${count} articles against 2:`);
console.log(`  build time ×${(grown.seconds / base.seconds).toFixed(2)} for ×${count / 2} the articles (target at 1,000: at most 150 s on 2 cores; here ${grown.seconds.toFixed(0)} s)`);
console.log(`  output ×${(grown.bytes / base.bytes).toFixed(1)}; per article ${kb(grown.perArticle)} (limit ${kb(LIMITS.perArticleBytes)}: ${mark(grown.perArticle <= LIMITS.perArticleBytes)})`);
console.log(`  largest page ${kb(grown.largestPage?.bytes ?? 0)} (limit ${kb(LIMITS.htmlBytes)}: ${mark((grown.largestPage?.bytes ?? 0) <= LIMITS.htmlBytes)}), largest JSON ${kb(grown.largestJson?.bytes ?? 0)} (limit ${kb(LIMITS.jsonBytes)}: ${mark((grown.largestJson?.bytes ?? 0) <= LIMITS.jsonBytes)})`);
