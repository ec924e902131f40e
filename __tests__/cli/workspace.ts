// Shared by the glossary command-line tests: a temporary copy of the small valid fixture
// glossary and article (with some files swapped for broken ones), and a run of the command in it.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const FIXTURES = path.join(ROOT, "__tests__/fixtures");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
const SCRIPT = path.join(ROOT, "scripts/glossary.ts");

let dirs: string[] = [];

/** Removes the workspaces made since the last call; call it from afterEach. */
export function removeWorkspaces(): void {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
}

/** A temporary copy of the valid fixture glossary and article, each `target: fixture` swapped in. */
export function workspace(changes: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), "zan-glossary-"));
  dirs.push(dir);
  cpSync(path.join(FIXTURES, "glossary/valid"), path.join(dir, "glossary"), { recursive: true });
  cpSync(path.join(FIXTURES, "articles/valid"), path.join(dir, "articles"), { recursive: true });
  for (const [target, fixture] of Object.entries(changes)) {
    writeFileSync(path.join(dir, target), readFileSync(path.join(FIXTURES, fixture), "utf8"));
  }
  return dir;
}

/** Runs `glossary ARGS` in `dir` with a neutral locale unless `env` sets one. */
export function runGlossary(dir: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(
    TSX,
    ["--tsconfig", path.join(ROOT, "tsconfig.json"), SCRIPT, ...args, "--glossary", "glossary", "--articles", "articles"],
    { cwd: dir, encoding: "utf8", env: { ...process.env, LC_ALL: "", LC_MESSAGES: "", LANG: "C.UTF-8", ...env } },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, lines: result.stdout.split("\n").filter(Boolean) };
}
