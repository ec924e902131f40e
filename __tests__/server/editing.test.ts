// The editing mode's gate and its saves, on a scratch glossary folder: a save writes the file only
// when the entry has no error and the file is the version the form was loaded at.
import { copyFileSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

// The glossary folder is a scratch one (made when the mock is first loaded: jest hoists it above
// everything else in this file).
jest.mock("@/server/content/files", () => {
  const actual = jest.requireActual("@/server/content/files");
  const dir = jest.requireActual("node:fs").mkdtempSync(jest.requireActual("node:path").join(jest.requireActual("node:os").tmpdir(), "zan-edit-"));
  return { ...actual, GLOSSARY_DIR: dir, readGlossaryFiles: (folder: string = dir) => actual.readGlossaryFiles(folder) };
});

import { GLOSSARY_DIR as scratch } from "@/server/content/files";
import { readEntry, saveEntry, versionOf } from "@/server/editing/entries";
import { MAX_EDIT_BYTES, refuseEditRequest, requestKey, type EditRequest } from "@/server/editing/mode";
import { COOPERATION } from "@/__tests__/fixtures/editing-entry";

const FIXTURES = path.join(__dirname, "../fixtures/glossary/valid");

beforeAll(() => {
  for (const name of readdirSync(FIXTURES)) copyFileSync(path.join(FIXTURES, name), path.join(scratch, name));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));


describe("saveEntry", () => {
  const file = path.join(scratch, "cooperation.yaml");

  it("creates a new entry's file (201) and refuses to create it twice (409)", () => {
    const created = saveEntry("cooperation", COOPERATION, null);
    expect(created.status).toBe(201);
    expect(readFileSync(file, "utf8")).toContain("  term: ынтымақтастық\n");
    expect(readEntry("cooperation")).toMatchObject({ data: COOPERATION, version: created.status === 201 ? created.version : "" });
    expect(saveEntry("cooperation", COOPERATION, null)).toMatchObject({ status: 409, version: versionOf(readFileSync(file, "utf8")) });
  });

  it("changes an entry in place (200), keeping the comments written in its file", () => {
    writeFileSync(file, readFileSync(file, "utf8").replace("sources: []", "# none found yet\nsources: []"));
    const { version } = readEntry("cooperation")!;
    const result = saveEntry("cooperation", { ...COOPERATION, en: { ...COOPERATION.en, definition: "Joint work towards a shared aim." } }, version);
    expect(result.status).toBe(200);
    const text = readFileSync(file, "utf8");
    expect(text).toContain("# none found yet\nsources: []");
    expect(text).toContain("  definition: Joint work towards a shared aim.\n");
  });

  it("refuses a save from a form loaded before another save (409), writing nothing", () => {
    const before = readFileSync(file, "utf8");
    const stale = versionOf("an older text");
    const result = saveEntry("cooperation", { ...COOPERATION, status: "draft", en: { ...COOPERATION.en, definition: "Overwritten." } }, stale);
    expect(result).toMatchObject({ status: 409 });
    expect(readFileSync(file, "utf8")).toBe(before);
  });

  it("writes nothing for an entry with errors (422), naming each field", () => {
    const before = readFileSync(file, "utf8");
    const { version } = readEntry("cooperation")!;
    const result = saveEntry("cooperation", { ...COOPERATION, en: { variants: [] }, related: ["no-such-entry"] }, version);
    expect(result.status).toBe(422);
    if (result.status !== 422) return;
    expect(result.problems.map((p) => `${p.severity} ${p.field}`)).toEqual(expect.arrayContaining(["error en.term"]));
    expect(readFileSync(file, "utf8")).toBe(before);
    expect(saveEntry("new-one", { ...COOPERATION, id: "new-one", kk: { term: "сот", variants: [] } }, null)).toMatchObject({ status: 422 });
    expect(existsSync(path.join(scratch, "new-one.yaml"))).toBe(false);
  });
});

describe("a file that is not valid YAML", () => {
  it("is never overwritten by the form: the save is refused with the file's own error", () => {
    const file = path.join(scratch, "broken.yaml");
    const text = "id: broken\nstatus: draft\nkk:\n  term: [unclosed\n";
    writeFileSync(file, text);
    const stored = readEntry("broken")!;
    expect(stored.broken.map((p) => p.code)).toEqual(["yamlSyntax"]);
    const result = saveEntry("broken", { ...COOPERATION, id: "broken" }, stored.version);
    expect(result).toMatchObject({ status: 422, problems: [expect.objectContaining({ code: "yamlSyntax" })] });
    expect(readFileSync(file, "utf8")).toBe(text);
  });
});

describe("refuseEditRequest", () => {
  const request = (over: Partial<EditRequest> = {}): EditRequest => ({
    method: "PUT",
    host: "127.0.0.1:3000",
    origin: "http://127.0.0.1:3000",
    contentType: "application/json",
    contentLength: "100",
    key: KEY,
    ...over,
  });
  const KEY = "a-key-of-this-run-0123456789";
  const env = process.env as Record<string, string | undefined>;
  const saved = { edit: env.ZAN_EDIT, key: env.ZAN_EDIT_KEY, node: env.NODE_ENV };
  beforeEach(() => {
    env.ZAN_EDIT = "1";
    env.ZAN_EDIT_KEY = KEY;
  });
  afterEach(() => {
    env.ZAN_EDIT = saved.edit;
    env.ZAN_EDIT_KEY = saved.key;
    env.NODE_ENV = saved.node;
  });

  it("answers 404 to everything without ZAN_EDIT=1, without a key for the run, or in a production server", () => {
    delete env.ZAN_EDIT;
    expect(refuseEditRequest(request({ method: "GET" }))?.status).toBe(404);
    expect(refuseEditRequest(request())?.status).toBe(404);
    env.ZAN_EDIT = "1";
    delete env.ZAN_EDIT_KEY;
    expect(refuseEditRequest(request())?.status).toBe(404);
    env.ZAN_EDIT_KEY = KEY;
    env.NODE_ENV = "production";
    expect(refuseEditRequest(request())?.status).toBe(404);
  });

  it("refuses a request without this run's key (403), also a GET from this machine", () => {
    expect(refuseEditRequest(request({ key: null }))?.status).toBe(403);
    expect(refuseEditRequest(request({ method: "GET", key: null }))?.status).toBe(403);
    expect(refuseEditRequest(request({ key: `${KEY.slice(0, -1)}x` }))?.status).toBe(403);
    expect(requestKey(new Headers({ cookie: `other=1; zan-edit-key=${KEY}` }))).toBe(KEY);
    expect(requestKey(new Headers({ "x-zan-edit-key": KEY }))).toBe(KEY);
  });

  it("lets a same-origin JSON request with the key from a loopback name through, and refuses the rest", () => {
    expect(refuseEditRequest(request())).toBeUndefined();
    expect(refuseEditRequest(request({ host: "localhost:3000", origin: null }))).toBeUndefined();
    expect(refuseEditRequest(request({ host: "[::1]:3000", origin: "http://[::1]:3000" }))).toBeUndefined();
    expect(refuseEditRequest(request({ host: "attacker.example", origin: "http://attacker.example" }))?.status).toBe(403);
    expect(refuseEditRequest(request({ method: "GET", host: "zan.example.org" }))?.status).toBe(403);
    expect(refuseEditRequest(request({ origin: "http://attacker.example" }))?.status).toBe(403);
    expect(refuseEditRequest(request({ origin: "null" }))?.status).toBe(403);
    expect(refuseEditRequest(request({ contentType: "text/plain" }))?.status).toBe(415);
    expect(refuseEditRequest(request({ contentLength: String(MAX_EDIT_BYTES + 1) }))?.status).toBe(413);
  });
});
