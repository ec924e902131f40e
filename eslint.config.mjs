// Lint rules: Next's core-web-vitals and TypeScript presets.
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  // Config files at the root are CommonJS on purpose (see package.json: no "type" field).
  { files: ["*.js", "__tests__/support/*.js"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  { ignores: [".next/**", "node_modules/**", "coverage/**", "next-env.d.ts"] },
];

export default config;
