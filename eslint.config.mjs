// Lint rules: Next's core-web-vitals and TypeScript presets, and the direction of the layers
// (ARCHITECTURE.md): lib/ is framework-free and imports none of the app's layers; server/ is the
// boundary between content and pages and imports no UI; components/ get what the server knows
// through props, never by importing app/ or server/. A wrong-way import fails `npm run lint`
// (__tests__/lint/layers.test.ts proves the rules are on).
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/** Imports of one of the project's top-level folders, by alias or by a relative path. */
const folder = (name, message) => ({ group: [`@/${name}`, `@/${name}/**`, `**/${name}/**`], message });

const layers = [
  {
    files: ["lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "react", message: "lib/ is framework-free: React belongs in components/ and app/." },
            { name: "react-dom", message: "lib/ is framework-free: React belongs in components/ and app/." },
            { name: "next", message: "lib/ is framework-free: Next belongs in app/ and server/." },
            { name: "next-intl", message: "lib/ is framework-free: messages are worded where they are shown." },
            { name: "server-only", message: "lib/ runs anywhere; server-only code belongs in server/." },
            { name: "fs", message: "lib/ reads no files: server/ and scripts/ give it their contents." },
            { name: "node:fs", message: "lib/ reads no files: server/ and scripts/ give it their contents." },
          ],
          patterns: [
            folder("app", "lib/ must not import app/: pages use lib, not the other way."),
            folder("server", "lib/ must not import server/: the server passes lib what it needs."),
            folder("components", "lib/ must not import components/: UI uses lib, not the other way."),
            folder("pages", "lib/ must not import pages/."),
            folder("scripts", "lib/ must not import scripts/: the command line uses lib."),
            folder("i18n", "lib/ must not import i18n/ (next-intl's routing): it takes the locale as a value."),
            { group: ["next/*", "next-intl/*", "react-dom/*"], message: "lib/ is framework-free." },
          ],
        },
      ],
    },
  },
  {
    files: ["server/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            folder("components", "server/ must not import components/: it prepares data; pages hand it to components."),
            folder("app", "server/ must not import app/: pages use server/, not the other way."),
            folder("pages", "server/ must not import pages/."),
          ],
        },
      ],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            folder("app", "components/ must not import app/: the page passes what it has (server actions included) as props."),
            folder("server", "components/ must not import server/: the page passes what the server prepared as props."),
            folder("pages", "components/ must not import pages/."),
            folder("scripts", "components/ must not import scripts/."),
          ],
        },
      ],
    },
  },
];

const config = [
  ...nextVitals,
  ...nextTs,
  ...layers,
  // Config files at the root are CommonJS on purpose (see package.json: no "type" field).
  { files: ["*.js", "__tests__/support/*.js"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  { ignores: [".next/**", "node_modules/**", "coverage/**", "next-env.d.ts"] },
];

export default config;
