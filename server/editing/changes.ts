// The entries changed since the last commit, from git: each changed, new or deleted
// glossary/*.yaml with its difference (`git diff HEAD`, or the whole file for one git does not
// track yet), and the article folders with a new or changed file. Reading only: committing
// stays the editor's act with git.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "@/server/content/files";

export type ChangeState = "added" | "modified" | "deleted";

export interface EntryChange {
  id: string;
  file: string;
  state: ChangeState;
  /** Unified diff lines (the file header left out). */
  diff: string[];
}

export type Changes = { ok: true; changes: EntryChange[]; articles: { slug: string; state: ChangeState }[] } | { ok: false; reason: string };

const git = (args: string[]): string => execFileSync("git", args, { cwd: REPO_ROOT, encoding: "utf8", timeout: 10_000, maxBuffer: 32 * 1024 * 1024, stdio: ["ignore", "pipe", "pipe"] });

export function glossaryChanges(): Changes {
  let status: string;
  try {
    status = git(["status", "--porcelain=v1", "-z", "--untracked-files=all", "--", "glossary", "articles"]);
  } catch (error) {
    const message = (error as { stderr?: string }).stderr?.trim() || (error as Error).message;
    return { ok: false, reason: message.split("\n")[0] ?? message };
  }
  const changes: EntryChange[] = [];
  const articles = new Map<string, ChangeState>();
  const records = status.split("\0").filter(Boolean);
  for (let i = 0; i < records.length; i++) {
    const record = records[i]!;
    const code = record.slice(0, 2);
    const file = record.slice(3);
    // A rename lists the old path as the next record.
    if (code.startsWith("R")) i++;
    const article = /^articles\/([^/]+)\//.exec(file);
    if (article) {
      const state: ChangeState = code === "??" || code.includes("A") ? "added" : code.includes("D") ? "deleted" : "modified";
      const before = articles.get(article[1]!);
      // A folder with one new and one changed file is a changed article.
      articles.set(article[1]!, before === undefined || before === state ? state : "modified");
      continue;
    }
    if (!/^glossary\/[^/]+\.ya?ml$/.test(file)) continue;
    const id = path.basename(file).replace(/\.ya?ml$/, "");
    const onDisk = path.join(REPO_ROOT, file);
    if (code.includes("D") || !existsSync(/*turbopackIgnore: true*/ onDisk)) {
      changes.push({ id, file, state: "deleted", diff: [] });
    } else if (code === "??" || code.includes("A")) {
      const text = readFileSync(/*turbopackIgnore: true*/ onDisk, "utf8");
      changes.push({ id, file, state: "added", diff: text.replace(/\n$/, "").split("\n").map((line) => `+${line}`) });
    } else {
      let diff: string[];
      try {
        diff = git(["diff", "--no-color", "--no-ext-diff", "HEAD", "--", file]).split("\n");
      } catch (error) {
        // No commit yet to compare with (a repository just made), or git refused: say so.
        return { ok: false, reason: ((error as { stderr?: string }).stderr?.trim() || (error as Error).message).split("\n")[0]! };
      }
      const start = diff.findIndex((line) => line.startsWith("@@"));
      changes.push({ id, file, state: "modified", diff: start < 0 ? [] : diff.slice(start).filter((line, j, all) => !(j === all.length - 1 && line === "")) });
    }
  }
  return {
    ok: true,
    changes: changes.sort((a, b) => (a.id < b.id ? -1 : 1)),
    articles: [...articles.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([slug, state]) => ({ slug, state })),
  };
}
