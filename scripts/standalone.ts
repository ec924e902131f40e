// After `next build`, the CSP hashes and the compile hints (the last step of `npm run build`):
// completes .next/standalone, the folder the Dockerfile ships, into a server that needs nothing
// else. Next leaves out what a CDN could serve (.next/static, public/), and our own files written
// beside the build (the CSP hashes, the content snapshot) are not traced; the static files are
// copied only now because the compile hints edit them. Its server.js is replaced by
// scripts/standalone-server.ts, bundled, so the folder runs the same server as `npm start`.
// Running it twice gives the same folder.
import { cpSync, existsSync, rmSync } from "node:fs";
import path from "node:path";
import { buildSync } from "esbuild";
import { snapshotPath } from "@/server/content/source";
import { REPO_ROOT } from "@/server/content/files";

const buildDir = path.join(REPO_ROOT, ".next");
const standalone = path.join(buildDir, "standalone");
if (!existsSync(path.join(standalone, ".next", "BUILD_ID"))) {
  // Next nests the folder under the tracing root's path when it takes a folder above the project
  // for the root (a lock file higher up): then this is not where the Dockerfile looks.
  console.error(`${standalone}/.next/BUILD_ID: missing; run \`next build\` with output: "standalone" (next.config.ts) first`);
  process.exit(1);
}

const replace = (from: string, to: string): void => {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
};
replace(path.join(buildDir, "static"), path.join(standalone, ".next", "static"));
if (existsSync(path.join(REPO_ROOT, "public"))) replace(path.join(REPO_ROOT, "public"), path.join(standalone, "public"));
const csp = path.join(buildDir, "zan-csp.json");
if (!existsSync(csp)) {
  console.error(`${csp}: missing; run \`npm run build\`, which writes it`);
  process.exit(1);
}
cpSync(csp, path.join(standalone, ".next", "zan-csp.json"));
// The content snapshot goes where server/content/source.ts looks for it, relative to the root.
const snapshot = snapshotPath();
const shippedSnapshot = path.join(standalone, path.relative(REPO_ROOT, snapshot));
rmSync(shippedSnapshot, { force: true });
if (existsSync(snapshot)) cpSync(snapshot, shippedSnapshot);
else {
  // Only when the build did not write one (a bare `next build`): the server then reads
  // glossary/ and articles/, which in the standalone folder are the build's copies.
  console.warn(`standalone: ${path.relative(REPO_ROOT, snapshot)} is missing after the build; the folder serves its own copies of glossary/ and articles/`);
}

buildSync({
  entryPoints: [path.join(REPO_ROOT, "scripts", "standalone-server.ts")],
  outfile: path.join(standalone, "server.js"),
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  // Next and everything else from node_modules is what the build traced into the folder.
  packages: "external",
  tsconfig: path.join(REPO_ROOT, "tsconfig.json"),
  banner: { js: "// Written by scripts/standalone.ts from scripts/standalone-server.ts; do not edit." },
  logLevel: "warning",
});
console.log(`standalone: ${path.relative(process.cwd(), standalone)} (node server.js, static files and content included)`);
