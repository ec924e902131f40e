// The production server: `next start`, behind one check Next cannot make itself. Next turns each
// request into a web Request first, and the fetch standard forbids TRACE, TRACK and CONNECT there,
// so Next answers them 500 before any route or proxy.ts sees them. Here every method outside the
// HTTP methods the app answers gets 405 with the security headers, and the rest goes to Next.
// `npm start` runs it with a 512 MB old-generation heap: V8 then collects the garbage of large
// requests early instead of growing (40 one-megabyte texts at once peaked near 900 MB without the
// limit and under 500 MB with it; `npm run probe` measures it).
// Next compresses what it answers (gzip, `compress` in next.config), but its route handlers
// (text.json, cards.json, the glossary's exports) set their content type as a one-element list,
// which the compression's filter does not read as a type, so they went out uncompressed: the
// glossary's JSON as 2.3 MB instead of about 370 KB. Here such a list is set as its one value.
// The standalone folder runs the same file, bundled (scripts/standalone-server.ts).
//   npm start [-- -p 3000 -H 127.0.0.1]
import { createServer, type ServerResponse } from "node:http";
import next from "next";
import { SECURITY_HEADERS } from "@/lib/security/headers";
import { configFromBuild } from "./lib/saved-config";

const KNOWN_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"]);

function option(flag: string, fallback: string): string {
  const i = process.argv.indexOf(flag);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const port = Number(option("-p", process.env.PORT ?? "3000"));
const hostname = option("-H", process.env.HOSTNAME ?? "0.0.0.0");

/** Has `res` keep a content type given as a one-element list as that one value (see above). */
function singleContentType(res: ServerResponse): void {
  const setHeader = res.setHeader.bind(res);
  res.setHeader = (name, value) => setHeader(name, Array.isArray(value) && value.length === 1 && name.toLowerCase() === "content-type" ? String(value[0]) : value);
}

async function main(): Promise<void> {
  configFromBuild(process.cwd());
  const app = next({ dev: false, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((req, res) => {
    if (!KNOWN_METHODS.has(req.method ?? "")) {
      res.writeHead(405, { ...SECURITY_HEADERS, allow: "GET, HEAD", "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
      res.end(`${req.method} is not allowed.\n`);
      return;
    }
    singleContentType(res);
    void handle(req, res);
  });
  // An idle kept-alive connection is closed after 65 s, not Node's 5 s: longer than the idle
  // timeout of the proxies and load balancers usually put in front (60 s), so a proxy never sends
  // a request down a connection the server is closing at that moment (a 502 for the reader). The
  // headers' timeout must exceed it.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.listen(port, hostname, () => console.log(`Zan Reader on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
