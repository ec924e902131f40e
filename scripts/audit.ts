// Measures the reader as a phone user meets it: Lighthouse (mobile emulation, Debian's Chromium)
// on the home page and the longest article, printing performance and accessibility against the
// targets, then the total blocking time of a generated 3,000-word article full of terms. It
// builds nothing: pass a running server (`--url http://host:port`, started with ZAN_AUDIT=1 for
// the long article) or it starts `next start` from the existing build. A measurement, not a test.
import { loadArticles } from "@/lib/articles/load";
import { readArticleSources } from "@/server/files";
import { measureMedian } from "./lib/audit/lighthouse";
import { auditServer } from "./lib/audit/server";

const CHROME = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const PORT = Number(process.env.AUDIT_PORT ?? 3299);
const TARGETS = { performance: 0.95, accessibility: 1, tbtMs: 200 };
// Lighthouse varies from run to run (more so on a busy machine): each page is measured this
// many times and the median run is reported, as Lighthouse's own documentation advises.
const RUNS = Number(process.env.AUDIT_RUNS ?? 3);

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

async function main(): Promise<void> {
  const server = await auditServer(argUrl(), PORT);
  let missed = 0;
  try {
    console.log(`Lighthouse, mobile emulation, median of ${RUNS} run(s) per page.`);
    for (const url of [`${server.base}/kk`, `${server.base}/kk/articles/${longestArticle()}`]) {
      const r = await measureMedian(url, CHROME, RUNS);
      const failed = r.failed.length ? `: ${r.failed.join(", ")}` : "";
      console.log(`\n${url}`);
      console.log(`  ${mark(r.performance >= TARGETS.performance)} performance   ${r.performance.toFixed(2)} (target ≥ ${TARGETS.performance})`);
      console.log(`  ${mark(r.accessibility >= TARGETS.accessibility)} accessibility ${r.accessibility.toFixed(2)} (target 1.00)${failed}`);
      console.log(`       total blocking time ${Math.round(r.tbt)} ms, largest contentful paint ${Math.round(r.lcp)} ms; performance in each run: ${r.spread}`);
      if (r.performance < TARGETS.performance || r.accessibility < TARGETS.accessibility) missed++;
    }
    const longUrl = `${server.base}/kk/audit-article`;
    const response = await fetch(longUrl);
    if (response.status !== 200) {
      console.log(`\n${longUrl}: status ${response.status} (start the server with ZAN_AUDIT=1 to serve the generated article)`);
      missed++;
    } else {
      const occurrences = ((await response.text()).match(/data-term="/g) ?? []).length;
      const r = await measureMedian(longUrl, CHROME, RUNS);
      console.log(`\n${longUrl} (generated: 3,000+ words, ${occurrences} marked term occurrences)`);
      console.log(`  ${mark(r.tbt < TARGETS.tbtMs)} total blocking time ${Math.round(r.tbt)} ms (target < ${TARGETS.tbtMs} ms); performance ${r.performance.toFixed(2)} (each run: ${r.spread})`);
      if (r.tbt >= TARGETS.tbtMs) missed++;
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
