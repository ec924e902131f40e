// Builds the app as `npm run build` does (unless E2E_SKIP_BUILD=1 finds a build, or
// E2E_BASE_URL points at a running server) and starts `next start` on the test port; the
// teardown stops it.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { hasBuild, REPO_ROOT, startNextServer, waitForServer } from "../../../scripts/lib/next-server";
import { CHROMIUM_PATH } from "./browser";
import { BASE_URL, E2E_PORT, PID_FILE } from "./server";

export default async function globalSetup(): Promise<void> {
  // Said once, before the build, rather than as the same launch error in every browser test.
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`The browser tests drive Chromium at ${CHROMIUM_PATH}, which is not there: apt-get install -y chromium, or set CHROMIUM_PATH to another Chromium.`);
  }
  if (process.env.E2E_BASE_URL) {
    await waitForServer(BASE_URL, 10_000);
    return;
  }
  if (process.env.E2E_SKIP_BUILD !== "1" || !hasBuild()) {
    execFileSync("npm", ["run", "--silent", "build"], { cwd: REPO_ROOT, stdio: "inherit" });
  }
  const server = await startNextServer(E2E_PORT);
  fs.writeFileSync(PID_FILE, String(server.pid));
}
