// `npm run bench:corpus [N]` (default 1000): how the build grows with the corpus. Builds a scratch
// copy of the project with the project's two articles, then one with N articles generated from
// them (scripts/lib/corpus/scratch.ts), in this process, one after the other, and prints for
// each: the build's time, the files it wrote, the output per article, the largest page and JSON
// file; then N's figures as ratios to the two-article build, against the corpus issue's
// targets. A measurement, not a test: times depend on the machine and what else runs on it.
import path from "node:path";
import { articleFiles, build, buildOutput, GLOSSARY_DOWNLOAD, LIMITS, scratchWithCorpus, servedJson, servedPages, type OutputFile } from "./lib/corpus/scratch";

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
  /** The largest JSON but the whole glossary's download (which grows with the glossary, not the corpus). */
  largestCorpusJson: OutputFile | undefined;
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
    const ofArticles = articleFiles(files).reduce((sum, f) => sum + f.bytes, 0);
    const json = servedJson(files);
    return { articles, seconds: result.seconds, files: files.length, bytes, perArticle: ofArticles / articles, largestPage: largest(servedPages(files)), largestJson: largest(json), largestCorpusJson: largest(json.filter((f) => f.path !== GLOSSARY_DOWNLOAD)) };
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
// The corpus issue's build targets on 2 cores: 1,000 articles in 150 s, 10,000 in 20 minutes.
const BUILD_TARGETS: Record<number, number> = { 1000: 150, 10000: 1200 };
const target = BUILD_TARGETS[count];
const verdict = target === undefined ? "targets: 1,000 articles in at most 150 s, 10,000 in at most 1,200 s" : `target at ${count.toLocaleString("en")}: at most ${target} s, ${mark(grown.seconds <= target)}`;
console.log(`  build time ×${(grown.seconds / base.seconds).toFixed(2)} for ×${count / 2} the articles: ${grown.seconds.toFixed(0)} s (${verdict})`);
console.log(`  output ×${(grown.bytes / base.bytes).toFixed(1)}; per article ${kb(grown.perArticle)} (limit ${kb(LIMITS.perArticleBytes)}: ${mark(grown.perArticle <= LIMITS.perArticleBytes)})`);
console.log(`  largest page ${kb(grown.largestPage?.bytes ?? 0)} (limit ${kb(LIMITS.htmlBytes)}: ${mark((grown.largestPage?.bytes ?? 0) <= LIMITS.htmlBytes)}), largest JSON ${kb(grown.largestJson?.bytes ?? 0)} (limit ${kb(LIMITS.jsonBytes)}: ${mark((grown.largestJson?.bytes ?? 0) <= LIMITS.jsonBytes)})`);
const corpusJson = grown.largestCorpusJson;
console.log(`  largest JSON but the glossary's download: ${corpusJson ? `${corpusJson.path} ${kb(corpusJson.bytes)}` : "none"} (limit ${kb(LIMITS.jsonBytes)}: ${mark((corpusJson?.bytes ?? 0) <= LIMITS.jsonBytes)})`);
