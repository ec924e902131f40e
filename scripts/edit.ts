// `npm run edit [-- -p 3100]`: the app in editing mode. A development server (pages read the
// files on each request, so a saved entry shows at once) on 127.0.0.1 only, with ZAN_EDIT=1 and a
// key made for this run, which the printed link hands to the browser (server/editing/mode.ts):
// without it no editing page or route does anything. Stop it with Ctrl+C.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import { EDIT_KEY_PARAM } from "@/server/editing/mode";

const args = process.argv.slice(2);
const portAt = args.findIndex((a) => a === "-p" || a === "--port");
const port = portAt >= 0 && args[portAt + 1] ? args[portAt + 1]! : (process.env.PORT ?? "3000");
if (args.includes("-H") || args.includes("--hostname")) {
  console.error("Editing mode serves on 127.0.0.1 only; leave out -H.");
  process.exit(2);
}
// A key given in the environment (the browser tests set one) is used as it is.
const key = process.env.ZAN_EDIT_KEY && process.env.ZAN_EDIT_KEY.length >= 16 ? process.env.ZAN_EDIT_KEY : randomBytes(24).toString("base64url");
const nextBin = createRequire(__filename).resolve("next/dist/bin/next");
const child = spawn(process.execPath, [nextBin, "dev", "-H", "127.0.0.1", ...(portAt >= 0 ? [] : ["-p", port]), ...args], {
  stdio: ["inherit", "inherit", "inherit"],
  env: { ...process.env, ZAN_EDIT: "1", ZAN_EDIT_KEY: key, NODE_ENV: "development" },
});
const link = (path: string) => `http://127.0.0.1:${port}${path}?${EDIT_KEY_PARAM}=${key}`;
console.log(`\nEditing mode. Open ${link("/kk/glossary")}\n(or ${link("/en/glossary/new")}); the link carries this run's key.\n`);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
