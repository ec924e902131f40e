// Measures the reader as a phone user meets it: Lighthouse (mobile emulation, Debian's Chromium)
// on the home page, the longest article and the learner's review page, printing performance and accessibility against the
// targets, then the total blocking time of a generated 3,000-word article full of terms. It
// builds nothing: pass a running server (`--url http://host:port`, started with ZAN_AUDIT=1 for
// the long article) or it starts `next start` from the existing build. A measurement, not a test.
//
// Blocking time on this kind of machine moves a lot from run to run, and most of it is the
// framework's own start-up (compiling and running React and Next's router). So the audit also
// measures an empty page of the site (same layout, no content; /{locale}/audit-empty) in the
// same run and prints each page's blocking time as a ratio to it: the part an article itself
// adds. It also says whether the server's start-up scripts carry the compile hint that
// `npm run build` adds (lib/build/compile-hints.ts): a bare `next build` blocks far longer.
import { loadArticles } from "@/lib/articles/load";
import { readArticleSources } from "@/server/content/files";
import { COMPILE_HINT, pageScripts } from "@/lib/build/compile-hints";
import { measureRounds } from "./lib/audit/lighthouse";
import { auditServer } from "./lib/audit/server";

const CHROME = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const PORT = Number(process.env.AUDIT_PORT ?? 3299);
const TARGETS = { performance: 0.95, accessibility: 1, tbtMs: 200 };
// Lighthouse varies from run to run (more so on a busy machine): each page is measured this
// many times and the median run is reported, as Lighthouse's own documentation advises (it
// suggests five).
const RUNS = Number(process.env.AUDIT_RUNS ?? 5);

const argUrl = (): string | undefined => {
  const i = process.argv.indexOf("--url");
  return i >= 0 ? process.argv[i + 1] : undefined;
};

function longestArticle(): string {
  const { articles } = loadArticles(readArticleSources());
  const words = (a: (typeof articles)[number]) => a.kk.paragraphs.reduce((n, p) => n + p.text.split(/\s+/).length, 0);
  const longest = [...articles].sort((a, b) => words(b) - words(a))[0];
  if (!longest) throw new Error("There are no articles to audit.");
  return longest.slug;
}

const mark = (ok: boolean) => (ok ? "ok  " : "MISS");

/** How many of the scripts the page starts with carry the compile hint. */
async function compileHints(url: string): Promise<{ marked: number; total: number }> {
  const started = pageScripts(await (await fetch(url)).text()).filter((s) => s.runs);
  let marked = 0;
  for (const script of started) if ((await (await fetch(new URL(script.src, url))).text()).startsWith(`${COMPILE_HINT}\n`)) marked++;
  return { marked, total: started.length };
}

// A ratio to a few milliseconds says nothing: below this the baseline is given as it is.
const MEANINGFUL_BASELINE_MS = 20;

const ratio = (tbt: number, baseline: number | undefined) => {
  if (baseline === undefined) return "";
  if (baseline < MEANINGFUL_BASELINE_MS) return ` (the empty page's: ${Math.round(baseline)} ms)`;
  return ` = ${(tbt / baseline).toFixed(2)}× the empty page's`;
};

async function main(): Promise<void> {
  const server = await auditServer(argUrl(), PORT);
  let missed = 0;
  try {
    const { base } = server;
    const emptyUrl = `${base}/kk/audit-empty`;
    const longUrl = `${base}/kk/audit-article`;
    const longPage = await fetch(longUrl);
    const auditPages = longPage.status === 200 && (await fetch(emptyUrl)).status === 200;
    if (!auditPages) console.log(`${longUrl}: status ${longPage.status} (start the server with ZAN_AUDIT=1 to serve the generated article and the empty page)`);
    const occurrences = auditPages ? ((await longPage.text()).match(/data-term="/g) ?? []).length : 0;
    const pages = [`${base}/kk`, `${base}/kk/articles/${longestArticle()}`, `${base}/kk/review`];
    const hints = await compileHints(pages[0]!);
    console.log(`Start-up scripts with the compile hint: ${hints.marked} of ${hints.total}${hints.marked < hints.total ? " (not built with `npm run build`?)" : ""}.`);
    console.log(`Lighthouse, mobile emulation, median of ${RUNS} run(s) per page, measured in rounds.`);
    const results = await measureRounds(auditPages ? [...pages, longUrl, emptyUrl] : pages, CHROME, RUNS);
    console.log(`Host CPU: Lighthouse benchmark index ${Math.round(results[0]!.benchmarkIndex)} (its 4× slowdown is meant for a 1500–2000 desktop).`);
    // The measured list: the pages above, then the long article and the empty page.
    const longAt = pages.length;
    const emptyAt = pages.length + 1;
    const baseline = auditPages ? results[emptyAt]!.tbt : undefined;
    for (const [i, url] of pages.entries()) {
      const r = results[i]!;
      const failed = r.failed.length ? `: ${r.failed.join(", ")}` : "";
      console.log(`\n${url}`);
      console.log(`  ${mark(r.performance >= TARGETS.performance)} performance   ${r.performance.toFixed(2)} (target ≥ ${TARGETS.performance})`);
      console.log(`  ${mark(r.accessibility >= TARGETS.accessibility)} accessibility ${r.accessibility.toFixed(2)} (target 1.00)${failed}`);
      console.log(`       total blocking time ${Math.round(r.tbt)} ms${ratio(r.tbt, baseline)}, largest contentful paint ${Math.round(r.lcp)} ms; performance in each run: ${r.spread}`);
      if (r.performance < TARGETS.performance || r.accessibility < TARGETS.accessibility) missed++;
    }
    if (!auditPages) {
      missed++;
    } else {
      const r = results[longAt]!;
      console.log(`\n${longUrl} (generated: 3,000+ words, ${occurrences} marked term occurrences)`);
      console.log(`  ${mark(r.tbt < TARGETS.tbtMs)} total blocking time ${Math.round(r.tbt)} ms (target < ${TARGETS.tbtMs} ms)${ratio(r.tbt, baseline)}; performance ${r.performance.toFixed(2)} (each run: ${r.spread})`);
      if (r.tbt >= TARGETS.tbtMs) missed++;
      console.log(`\n${emptyUrl} (baseline: the layout with no content)`);
      console.log(`       total blocking time ${Math.round(results[emptyAt]!.tbt)} ms; performance ${results[emptyAt]!.performance.toFixed(2)} (each run: ${results[emptyAt]!.spread})`);
    }
  } finally {
    server.stop();
  }
  console.log(missed === 0 ? "\nAll targets met." : `\n${missed} measurement(s) missed their target.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
