// The entry of .next/standalone/server.js (bundled by scripts/standalone.ts): the same server as
// `npm start` (scripts/start.ts, with its method check), in the standalone folder. Next's own
// server.js there would answer TRACE with 500, as `next start` does.
//   node --max-old-space-size=512 .next/standalone/server.js [-p 3000 -H 127.0.0.1]   (or PORT, HOSTNAME)
import "./lib/standalone-env";
import "./start";
