// The server takes Next's configuration from what `next build` saved
// (.next/required-server-files.json), as Next's own standalone server.js does, instead of
// evaluating next.config.ts again: it runs with the configuration it was built with, in the
// repository (`npm start`) and in the standalone folder, which ships no next.config.ts. Without
// it Next would also warn, wrongly for this server, that `next start` does not work with
// output: "standalone".
import { readFileSync } from "node:fs";
import path from "node:path";

export function configFromBuild(dir: string): void {
  const file = path.join(dir, ".next", "required-server-files.json");
  const saved = JSON.parse(readFileSync(file, "utf8")) as { config?: unknown };
  if (!saved.config) throw new Error(`${file}: no config; run \`npm run build\` again`);
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(saved.config);
}
