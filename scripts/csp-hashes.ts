// After `next build` (run by `npm run build`): the hashes of every prerendered page's inline
// scripts, by the path the page is served at, written to .next/zan-csp.json. proxy.ts lists a
// page's hashes in its Content-Security-Policy, so prerendered pages stay static and still run
// no inline script the build did not make. Running it twice gives the same file.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { inlineScriptHashes } from "@/lib/security/inline-scripts";
import { REPO_ROOT } from "@/server/content/files";

const appDir = path.join(REPO_ROOT, ".next", "server", "app");
if (!existsSync(appDir)) {
  console.error(`${appDir}: missing; run \`next build\` first`);
  process.exit(1);
}

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(full);
    else if (entry.name.endsWith(".html")) yield full;
  }
}

const byPath: Record<string, string[]> = {};
for (const file of htmlFiles(appDir)) {
  const route = "/" + path.relative(appDir, file).split(path.sep).join("/").replace(/\.html$/, "");
  byPath[route] = inlineScriptHashes(readFileSync(file, "utf8"));
}
writeFileSync(path.join(REPO_ROOT, ".next", "zan-csp.json"), JSON.stringify(byPath));
console.log(`csp hashes: ${Object.keys(byPath).length} prerendered page(s)`);
