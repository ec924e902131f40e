// The layers' direction is a lint rule (eslint.config.mjs), so a wrong-way import fails
// `npm run lint`: each rule is on for its folder, and the right-way imports pass.
// ESLint loads its config with a dynamic import, which jest's module sandbox cannot do, so the
// snippets are linted by ESLint's own API in one plain node process.
import { execFileSync } from "node:child_process";
import path from "node:path";

const ROOT = path.join(__dirname, "../..");
const LINT = `
const { ESLint } = require("eslint");
const path = require("node:path");
let input = "";
process.stdin.on("data", (c) => (input += c)).on("end", async () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const out = [];
  for (const { file, code } of JSON.parse(input)) {
    const [result] = await eslint.lintText(code, { filePath: path.join(process.cwd(), file) });
    out.push(result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message));
  }
  process.stdout.write(JSON.stringify(out));
});`;

const use = (what: string) => `${what}\nexport const used = [x];\n`;

const WRONG: [string, string, RegExp][] = [
    ["lib/reader/x.ts", 'import { x } from "@/components/term/annotated-text";', /lib\/ must not import components\//],
    ["lib/reader/x.ts", 'import { x } from "@/server/content";', /lib\/ must not import server\//],
    ["lib/reader/x.ts", 'import { x } from "../../app/[locale]/annotate/actions";', /lib\/ must not import app\//],
    ["lib/reader/x.ts", 'import { x } from "react";', /framework-free/],
    ["lib/reader/x.ts", 'import { x } from "next/navigation";', /framework-free/],
    ["lib/reader/x.ts", 'import { x } from "node:fs";', /reads no files/],
    ["server/x.ts", 'import { x } from "@/components/article/types";', /server\/ must not import components\//],
    ["server/x.ts", 'import { x } from "@/app/[locale]/annotate/actions";', /server\/ must not import app\//],
    ["components/article/x.tsx", 'import { x } from "@/server/article-view";', /components\/ must not import server\//],
    ["components/annotate/x.tsx", 'import { x } from "@/app/[locale]/annotate/actions";', /components\/ must not import app\//],
    ["components/annotate/x.tsx", 'import { x } from "../../server/content";', /components\/ must not import server\//],
];

const RIGHT: [string, string][] = [
    ["lib/reader/x.ts", 'import { x } from "@/lib/marks/marks-html";'],
    ["server/x.ts", 'import { x } from "@/lib/reader/article-view";'],
    ["server/x.ts", 'import { x } from "next-intl/server";'],
    ["components/article/x.tsx", 'import { x } from "@/lib/reader/article-view";'],
    ["components/article/x.tsx", 'import { x } from "@/components/term/annotated-text";'],
    ["app/[locale]/x.tsx", 'import { x } from "@/server/content";'],
];

let messages: string[][] = [];

beforeAll(() => {
  const snippets = [...WRONG, ...RIGHT].map(([file, line]) => ({ file, code: use(line) }));
  messages = JSON.parse(execFileSync(process.execPath, ["-e", LINT], { cwd: ROOT, input: JSON.stringify(snippets), encoding: "utf8" })) as string[][];
}, 120_000);

describe("the layers' lint rule", () => {
  it.each(WRONG.map((c, i) => [...c, i] as const))("refuses in %s: %s", (_file, _line, message, i) => {
    expect(messages[i]).toEqual([expect.stringMatching(message)]);
  });

  it.each(RIGHT.map((c, i) => [...c, WRONG.length + i] as const))("lets %s import the right way: %s", (_file, _line, i) => {
    expect(messages[i]).toEqual([]);
  });
});
