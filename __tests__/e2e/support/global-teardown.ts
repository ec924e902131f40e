// Stops the server that the global setup started (the whole process group).
import fs from "node:fs";
import { PID_FILE } from "./server";

export default async function globalTeardown(): Promise<void> {
  if (!fs.existsSync(PID_FILE)) return;
  const pid = Number(fs.readFileSync(PID_FILE, "utf8"));
  fs.rmSync(PID_FILE);
  try {
    process.kill(-pid, "SIGTERM");
  } catch {
    // Already gone.
  }
}
