// Starts the editing mode (`npm run edit`, a development server with ZAN_EDIT=1 on 127.0.0.1)
// in a scratch copy of the project, whose glossary the tests may write: the browser tests of the
// editing pages and API.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { scratchWithCorpus, type Scratch } from "@/scripts/lib/corpus/scratch";
import { freePort, spawnServer, REPO_ROOT } from "@/scripts/lib/next-server";

export interface EditServer {
  base: string;
  root: string;
  /** The run's key (server/editing/mode.ts), which the tests send as the header or the link's parameter. */
  key: string;
  stop(): void;
}

/** The project copied (its own articles), committed in a fresh git repository so the changes page has a last commit, and served in editing mode. */
export async function startEditServer(): Promise<EditServer> {
  const scratch: Scratch = scratchWithCorpus(REPO_ROOT, 2);
  const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=Zan tests", "-c", "user.email=tests@zan.invalid", ...args], { cwd: scratch.root, stdio: "ignore" });
  git("init", "-q");
  git("add", "-A", "glossary", "articles");
  git("commit", "-q", "-m", "The content as the tests begin");
  const port = await freePort();
  const key = randomBytes(18).toString("base64url");
  try {
    const server = await spawnServer(scratch.root, ["run", "--silent", "edit", "--", "-p", String(port)], port, { NEXT_TELEMETRY_DISABLED: "1", ZAN_EDIT_KEY: key }, 180_000);
    return {
      base: server.base,
      root: scratch.root,
      key,
      stop: () => {
        server.stop();
        scratch.remove();
      },
    };
  } catch (error) {
    scratch.remove();
    throw error;
  }
}
