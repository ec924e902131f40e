// After `next build`: gives the chunks every page runs at start-up Chrome's explicit compile
// hint (lib/build/compile-hints.ts says why), reading which chunks those are from the build's
// own manifests. Run by `npm run build`; running it twice changes nothing.
//   npm run build            (next build, then this)
//   tsx scripts/compile-hints.ts [--dir .next]
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { hasCompileHint, shiftSourceMap, startupChunks, withCompileHint, type ChunkManifests } from "@/lib/build/compile-hints";
import { REPO_ROOT } from "@/server/content/files";

const argDir = (): string | undefined => {
  const i = process.argv.indexOf("--dir");
  return i >= 0 ? process.argv[i + 1] : undefined;
};

class BuildOutputError extends Error {}

function readJson(file: string): unknown {
  if (!existsSync(file)) throw new BuildOutputError(`${file}: missing; run \`next build\` first`);
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new BuildOutputError(`${file}: not JSON (${(error as Error).message})`);
  }
}

function* filesNamed(dir: string, suffix: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* filesNamed(full, suffix);
    else if (entry.name.endsWith(suffix)) yield full;
  }
}

/** A page's client reference manifest is a script that fills globalThis.__RSC_MANIFEST. */
function entryFilesOf(file: string): Array<Record<string, string[]>> {
  const sandbox: { __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }> } = {};
  try {
    runInNewContext(readFileSync(file, "utf8"), { globalThis: sandbox, self: sandbox });
  } catch (error) {
    throw new BuildOutputError(`${file}: cannot be read as a client reference manifest (${(error as Error).message})`);
  }
  return Object.values(sandbox.__RSC_MANIFEST ?? {}).map((page) => page.entryJSFiles ?? {});
}

function readManifests(buildDir: string): ChunkManifests {
  const manifestFile = path.join(buildDir, "build-manifest.json");
  const manifest = readJson(manifestFile) as Partial<Record<"rootMainFiles" | "polyfillFiles", string[]>>;
  if (!Array.isArray(manifest.rootMainFiles) || manifest.rootMainFiles.length === 0) {
    throw new BuildOutputError(`${manifestFile}: no rootMainFiles (is this an App Router build?)`);
  }
  const appDir = path.join(buildDir, "server", "app");
  const entryJSFiles = existsSync(appDir) ? [...filesNamed(appDir, "_client-reference-manifest.js")].flatMap(entryFilesOf) : [];
  return { rootMainFiles: manifest.rootMainFiles, polyfillFiles: manifest.polyfillFiles ?? [], entryJSFiles };
}

function main(): void {
  const buildDir = path.resolve(argDir() ?? path.join(REPO_ROOT, ".next"));
  let hinted = 0;
  const chunks = startupChunks(readManifests(buildDir));
  for (const chunk of chunks) {
    const file = path.join(buildDir, chunk);
    if (!existsSync(file)) throw new BuildOutputError(`${file}: named in the build's manifests but missing`);
    const source = readFileSync(file, "utf8");
    if (hasCompileHint(source)) continue;
    writeFileSync(file, withCompileHint(source));
    const map = `${file}.map`;
    if (existsSync(map)) writeFileSync(map, shiftSourceMap(readFileSync(map, "utf8")));
    hinted++;
  }
  console.log(`compile hints: ${hinted} of ${chunks.length} start-up chunk(s) marked (${chunks.length - hinted} already were)`);
}

try {
  main();
} catch (error) {
  if (!(error instanceof BuildOutputError)) throw error;
  console.error(`compile hints: ${error.message}`);
  process.exit(1);
}
