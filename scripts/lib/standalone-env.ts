// The standalone server's first statements (scripts/standalone-server.ts imports this before
// anything else, so before Next and React are loaded, which read NODE_ENV). Only meaningful in
// the bundle scripts/standalone.ts writes to .next/standalone/server.js, where __dirname is the
// standalone folder: the working directory becomes that folder, where Next finds the build and
// proxy.ts and server/content/files.ts find .next/zan-csp.json, the content snapshot and the content.

// Next's types declare NODE_ENV read-only; it is set here before anything reads it.
(process.env as Record<string, string | undefined>).NODE_ENV = "production";
process.chdir(__dirname);
