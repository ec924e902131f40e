// Chrome's explicit compile hint for the scripts every page runs at start-up. V8 normally
// compiles a function lazily, on the main thread, the first time it is called; starting the
// app calls nearly every function of React and Next's router, so on a phone most of the start-up
// task was compiling. A script whose first line is the magic comment `//# allFunctionsCalledOnLoad`
// has all its functions compiled eagerly instead, while it is streamed in, on a background
// thread (Chrome 136 and later; other browsers ignore the comment). Only the start-up chunks
// get it: a chunk loaded later (the term card layer) would be compiled for nothing.

export const COMPILE_HINT = "//# allFunctionsCalledOnLoad";

/** What the build's manifests say about the browser's scripts (paths relative to .next/). */
export interface ChunkManifests {
  /** build-manifest.json: the framework chunks every App Router page loads. */
  rootMainFiles: readonly string[];
  /** build-manifest.json: loaded only by browsers without ES modules; never hinted. */
  polyfillFiles: readonly string[];
  /** Each page's client reference manifest: the chunks its layouts and page load at start-up. */
  entryJSFiles: ReadonlyArray<Readonly<Record<string, readonly string[]>>>;
}

/** The JavaScript chunks a page runs as it starts, each once, sorted. */
export function startupChunks({ rootMainFiles, polyfillFiles, entryJSFiles }: ChunkManifests): string[] {
  const chunks = new Set<string>(rootMainFiles);
  for (const entries of entryJSFiles) for (const files of Object.values(entries)) for (const file of files) chunks.add(file);
  for (const file of polyfillFiles) chunks.delete(file);
  return [...chunks].filter((file) => file.endsWith(".js")).sort();
}

export const hasCompileHint = (source: string): boolean => source.startsWith(`${COMPILE_HINT}\n`);

/** The script with the hint as its first line (unchanged if it has it already). */
export const withCompileHint = (source: string): string => (hasCompileHint(source) ? source : `${COMPILE_HINT}\n${source}`);

/**
 * A source map for the script once the hint line is added: its mappings start one line lower
 * (in the mappings string, each ";" begins a new generated line).
 */
export function shiftSourceMap(map: string): string {
  const parsed = JSON.parse(map) as { mappings?: unknown };
  if (typeof parsed.mappings !== "string") return map;
  return JSON.stringify({ ...parsed, mappings: `;${parsed.mappings}` });
}

/** The external scripts of a page's HTML, and whether a modern browser runs them (not noModule). */
export function pageScripts(html: string): { src: string; runs: boolean }[] {
  return [...html.matchAll(/<script\b([^>]*)\bsrc="([^"]+)"([^>]*)>/g)].map((m) => ({
    src: m[2] ?? "",
    runs: !/\bnomodule\b/i.test(`${m[1] ?? ""} ${m[3] ?? ""}`),
  }));
}
