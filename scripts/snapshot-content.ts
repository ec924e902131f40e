// Before `next build` (run by `npm run build`): checks the glossary and the articles and writes
// them to .next/cache/zan-content.json, the content the build prerenders and the server then answers
// from (server/content/source.ts says why). Broken content stops here, each problem on one
// line with file, line and field, before a minute of building is spent.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadArticles } from "@/lib/articles/load";
import { loadGlossary } from "@/lib/glossary/load";
import { cliTranslate } from "@/lib/cli-i18n";
import { formatProblem } from "@/lib/problem-messages";
import { isError } from "@/lib/problems";
import { snapshotPath, takeSnapshot } from "@/server/content/source";

const snapshot = takeSnapshot();
const errors = [...loadGlossary(snapshot.glossary).problems, ...loadArticles(snapshot.articles).problems].filter(isError);
if (snapshot.glossary.length === 0) {
  console.error("glossary/: no entry files (*.yaml): the site needs a glossary to build.");
  process.exit(1);
}
if (errors.length > 0) {
  for (const problem of errors) console.error(formatProblem(problem, cliTranslate("en")));
  console.error(`${errors.length} error(s): the build stops until they are fixed.`);
  process.exit(1);
}
const file = snapshotPath();
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, JSON.stringify(snapshot));
console.log(`content ${snapshot.version}: ${snapshot.glossary.length} entries, ${snapshot.articles.length} articles -> ${path.relative(process.cwd(), file)}`);
