// `npm run eval`: scores the term engine with the project's glossary on the evaluation sets kept
// outside the repository, in ../shared/eval (the articles' sources and 44 passages of unseen legal
// text; rules in its README). A user's clone has no such folder: then it says so and scores
// nothing. CI has it, and runs this after `npm test`. Exit 1 when a set is below its target.
import { existsSync } from "node:fs";
import path from "node:path";
import { loadGlossary } from "@/lib/glossary/load";
import { cliTranslate } from "@/lib/cli-i18n";
import { formatProblem } from "@/lib/problem-messages";
import { isError } from "@/lib/problems";
import { readGlossaryFiles, REPO_ROOT } from "@/server/content/files";
import { scoreSet, type GoldSet } from "./lib/eval/run";

const SHARED = path.resolve(REPO_ROOT, "..", "shared");
const EVAL = path.join(SHARED, "eval");

if (!existsSync(EVAL)) {
  console.log(`eval: no evaluation sets at ${EVAL} (they live beside the repository, not in it): nothing scored.`);
  process.exit(0);
}

const SETS: GoldSet[] = [
  { name: "seeds", gold: path.join(EVAL, "seeds.gold.tsv"), texts: path.join(SHARED, "seeds"), recall: 0.97, precision: 0.98 },
  { name: "dev", gold: path.join(EVAL, "dev", "gold.tsv"), texts: path.join(EVAL, "dev", "texts"), recall: 0.97, precision: 0.98, coverage: 0.9 },
];

const { entries, problems } = loadGlossary(readGlossaryFiles());
const errors = problems.filter(isError);
if (errors.length > 0) {
  for (const problem of errors) console.error(formatProblem(problem, cliTranslate("en")));
  console.error(`eval: the glossary has ${errors.length} error(s); nothing scored.`);
  process.exit(1);
}
let failed = 0;
for (const set of SETS) {
  if (!existsSync(set.gold)) {
    console.error(`eval: ${set.name}: gold file missing: ${set.gold}`);
    failed++;
    continue;
  }
  const result = scoreSet(set, entries);
  console.log(result.summary);
  if (!result.passed) failed++;
}
console.log(failed === 0 ? `eval: ${SETS.length} set(s) at or above target.` : `eval: ${failed} set(s) below target.`);
process.exit(failed === 0 ? 0 : 1);
