// Where the browser tests find the app, shared by the global setup and the tests.
import path from "node:path";
import os from "node:os";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);
export const BASE_URL = process.env.E2E_BASE_URL ?? `http://127.0.0.1:${E2E_PORT}`;
export const PID_FILE = path.join(os.tmpdir(), `zan-reader-e2e-${E2E_PORT}.pid`);
export const REPO_ROOT = path.resolve(__dirname, "..", "..", "..");
