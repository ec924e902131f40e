// The annotate command as tools outside the app call it (PRODUCT.md, "Command line contract").
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..", "..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");

function run(args: string[], input?: string | Buffer) {
  const result = spawnSync(TSX, [path.join(ROOT, "scripts", "annotate.ts"), ...args], {
    cwd: ROOT,
    input,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ENTRY = (id: string, kk: string) =>
  `id: ${id}\nstatus: draft\ndomains: [courts]\nkk:\n  term: ${kk}\n  definition: x\nru:\n  term: ru ${id}\n  definition: x\nen:\n  term: en ${id}\n  definition: x\n`;

let dir: string;
let glossary: string;
let broken: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "annotate-cli-"));
  glossary = path.join(dir, "glossary");
  broken = path.join(dir, "broken");
  for (const d of [glossary, broken]) mkdirSync(d);
  writeFileSync(path.join(glossary, "jury-trial.yaml"), ENTRY("jury-trial", "алқабилер соты"));
  writeFileSync(path.join(glossary, "court.yaml"), ENTRY("court", "сот"));
  writeFileSync(path.join(broken, "court.yaml"), ENTRY("court", "сот"));
  writeFileSync(path.join(broken, "bad.yaml"), "id: bad\nstatus: [unclosed\n");
  writeFileSync(path.join(dir, "text.txt"), "алқабилер сотының шешімі сотта");
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npm run annotate", () => {
  it("prints the spans of a file as JSON", () => {
    const { status, stdout } = run(["--lang", "kk", "--glossary", glossary, path.join(dir, "text.txt")]);
    expect(status).toBe(0);
    const { spans } = JSON.parse(stdout) as { spans: { start: number; end: number; termId: string; text: string }[] };
    expect(spans.map(({ start, end, termId, text }) => ({ start, end, termId, text }))).toEqual([
      { start: 0, end: 17, termId: "jury-trial", text: "алқабилер сотының" },
      { start: 25, end: 30, termId: "court", text: "сотта" },
    ]);
  });

  it("gives the terms inside a longer one with --inner", () => {
    const { status, stdout } = run(["--lang", "kk", "--glossary", glossary, "--inner", "-"], "алқабилер сотының");
    expect(status).toBe(0);
    const [span] = JSON.parse(stdout).spans as { termId: string; inner?: { text: string; termId: string }[] }[];
    expect(span?.termId).toBe("jury-trial");
    expect(span?.inner?.map(({ text, termId }) => ({ text, termId }))).toEqual([{ text: "сотының", termId: "court" }]);
  });

  it("reads standard input for -", () => {
    const { status, stdout } = run(["--lang", "kk", "--glossary", glossary, "-"], "Сотқа");
    expect(status).toBe(0);
    expect(JSON.parse(stdout).spans[0]).toMatchObject({ start: 0, end: 5, termId: "court", text: "Сотқа" });
  });

  it("uses the project's glossary by default", () => {
    const { status, stdout } = run(["--lang", "kk", "-"], "Жоғарғы Соттың");
    expect(status).toBe(0);
    expect(JSON.parse(stdout).spans).toHaveLength(1);
  });

  it("fails clearly on a missing file", () => {
    const { status, stderr, stdout } = run(["--lang", "kk", "--glossary", glossary, path.join(dir, "nope.txt")]);
    expect(status).not.toBe(0);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/cannot read .*nope\.txt: no such file/);
  });

  it("fails clearly on an unknown language", () => {
    const { status, stderr } = run(["--lang", "de", "--glossary", glossary, "-"], "x");
    expect(status).not.toBe(0);
    expect(stderr).toContain('unknown language "de": expected one of kk, ru, en');
  });

  it("fails on a broken glossary, naming file, line, column and field", () => {
    const { status, stderr, stdout } = run(["--lang", "kk", "--glossary", broken, "-"], "сот");
    expect(status).not.toBe(0);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/bad\.yaml:\d+:\d+ {2}\S+ {2}\S/);
  });

  it("skips a byte-order mark, with offsets counted from the text after it", () => {
    const { status, stdout } = run(["--lang", "kk", "--glossary", glossary, "-"], Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("Сотқа")]));
    expect(status).toBe(0);
    expect(JSON.parse(stdout).spans[0]).toMatchObject({ start: 0, end: 5, text: "Сотқа" });
  });

  it("refuses text that is not UTF-8, naming the line, instead of replacing bytes", () => {
    const { status, stdout, stderr } = run(["--lang", "kk", "--glossary", glossary, "-"], Buffer.from([0xd1, 0x81, 0x0a, 0xff]));
    expect(status).toBe(1);
    expect(stdout).toBe("");
    expect(stderr.trim()).toBe("annotate: standard input:2: not valid UTF-8 (byte 3); save the text as UTF-8");
  });

  it("refuses a run of more than 30 combining marks in one line", () => {
    const { status, stderr } = run(["--lang", "kk", "--glossary", glossary, "-"], `а${"\u0301".repeat(31)}`);
    expect(status).toBe(1);
    expect(stderr.trim().split("\n")).toEqual([expect.stringMatching(/^annotate: standard input: The text has 31 combining marks in a row at offset 31/)]);
  });

  it("prints its usage for --help and exits 0", () => {
    const { status, stdout } = run(["--help"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^usage: npm run --silent annotate -- --lang kk\|ru\|en/);
  });

  it("refuses an empty glossary folder in one line", () => {
    const empty = path.join(dir, "empty");
    mkdirSync(empty, { recursive: true });
    const { status, stderr } = run(["--lang", "kk", "--glossary", empty, path.join(dir, "text.txt")]);
    expect(status).toBe(1);
    expect(stderr.trim()).toBe(`annotate: the glossary folder ${empty} has no entry files (*.yaml)`);
  });
});
