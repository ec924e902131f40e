// Editing mode (`npm run edit`) over real HTTP and in a browser, on a scratch copy of the project:
// the API's statuses, comments kept on a change, nothing written on an error or a stale version,
// the change showing in the running app at once; the form's messages beside the fields, its
// preview and its save; the changes page; axe and a phone's width. And the production server,
// started without ZAN_EDIT, has none of it.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import path from "node:path";
import { startEditServer, type EditServer } from "@/scripts/lib/edit-server";
import { seriousA11yViolations, sharedBrowser } from "./support/browser";
import { BASE_URL } from "./support/server";
import { sidewaysOverflow } from "./reader-helpers";
import type { EditPreviewAnswer } from "@/lib/contracts/edit-answers";
import { EDIT_KEY_COOKIE, EDIT_KEY_HEADER, EDIT_KEY_PARAM } from "@/server/editing/mode";
import { COOPERATION } from "@/__tests__/fixtures/editing-entry";

const browser = sharedBrowser();
let edit: EditServer;
const ARTICLE = "supreme-court-chair-beijing";

beforeAll(async () => {
  edit = await startEditServer();
  // The development server compiles each route on its first request.
  for (const url of ["/en/glossary/new", "/en/glossary/court/edit", "/en/glossary/changes", `/kk/articles/${ARTICLE}`, `/en/articles/check/${ARTICLE}`]) await get(edit.base + url);
  await get(`${edit.base}/api/entries/court`);
}, 420_000);
afterAll(() => edit?.stop());

jest.setTimeout(120_000);

const entryFile = (id: string) => path.join(edit.root, "glossary", `${id}.yaml`);


/** This run's key, as tools send it. */
const keyed = (): Record<string, string> => ({ [EDIT_KEY_HEADER]: edit.key });
const get = (url: string) => fetch(url, { headers: keyed() });
const json = (method: string, url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method, headers: { "content-type": "application/json", origin: new URL(url).origin, ...keyed(), ...headers }, body: JSON.stringify(body) });

/** A browser context that opened editing mode with the printed link (its key is then a cookie). */
async function editingContext(options: Parameters<import("playwright-core").Browser["newContext"]>[0] = {}) {
  const context = await browser().newContext(options);
  await context.addCookies([{ name: EDIT_KEY_COOKIE, value: edit.key, url: edit.base, httpOnly: true, sameSite: "Strict" }]);
  return context;
}

describe("without ZAN_EDIT (the production server)", () => {
  it.each([
    ["GET", "/api/entries/court"],
    ["PUT", "/api/entries/court"],
    ["POST", "/api/entries/preview"],
    ["GET", "/en/glossary/new"],
    ["GET", "/en/glossary/court/edit"],
    ["GET", "/kk/glossary/changes"],
    ["GET", "/en/articles/check/supreme-court-chair-beijing"],
  ])("answers %s %s with 404", async (method, url) => {
    const response = await fetch(BASE_URL + url, method === "GET" ? {} : { method, headers: { "content-type": "application/json" }, body: JSON.stringify(COOPERATION) });
    expect(response.status).toBe(404);
  });
});

describe("the editing API", () => {
  it("gives an entry with its version, and a 404 for an id with no file", async () => {
    const response = await get(`${edit.base}/api/entries/court`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { version: string };
    expect(body).toMatchObject({ id: "court", kk: { term: "сот" } });
    expect(body.version).toMatch(/^[0-9a-f]{16}$/);
    expect(response.headers.get("etag")).toBe(`"${body.version}"`);
    expect((await get(`${edit.base}/api/entries/no-such-entry`)).status).toBe(404);
  });

  it("does nothing for a request without this run's key (403), and its pages say how to open editing", async () => {
    expect((await fetch(`${edit.base}/api/entries/court`)).status).toBe(403);
    const put = await fetch(`${edit.base}/api/entries/cooperation`, { method: "PUT", headers: { "content-type": "application/json", origin: edit.base }, body: JSON.stringify({ ...COOPERATION, version: null }) });
    expect(put.status).toBe(403);
    expect(existsSync(entryFile("cooperation"))).toBe(false);
    const page = await (await fetch(`${edit.base}/en/glossary/new`)).text();
    expect(page).toContain("Editing needs its key");
    expect(page).not.toContain("entry-form-title");
  });

  it("previews where a new entry would be marked, the marks it takes and the forms it accepts", async () => {
    const response = await json("POST", `${edit.base}/api/entries/preview`, { ...COOPERATION, version: null });
    expect(response.status).toBe(200);
    const body = (await response.json()) as EditPreviewAnswer;
    expect(body.occurrences.length).toBeGreaterThanOrEqual(3);
    const first = body.occurrences.find((o) => o.lang === "kk")!;
    expect(first).toMatchObject({ article: expect.any(String), lang: "kk", paragraph: expect.any(Number), text: expect.any(String), form: expect.stringMatching(/^ынтымақтастық/i) });
    expect(first.text.slice(first.start, first.end)).toBe(first.form);
    // ынтымақтастық is no entry yet, so the places it takes were marked by nothing: it takes no mark.
    expect(body.takenFrom).toEqual([]);
    expect(body.paradigm.map((f) => f.form)).toEqual(expect.arrayContaining(["ынтымақтастық", "ынтымақтастықтың", "ынтымақтастыққа", "ынтымақтастықтарының"]));
    expect(body.problems).toEqual([]);
    expect(existsSync(entryFile("cooperation"))).toBe(false);
  });

  it("refuses a change from another site (403) and one addressed by a name other than loopback (403), writing nothing", async () => {
    const foreign = await json("PUT", `${edit.base}/api/entries/cooperation`, { ...COOPERATION, version: null }, { origin: "http://attacker.example" });
    expect(foreign.status).toBe(403);
    const status = await new Promise<number>((resolve, reject) => {
      const body = JSON.stringify({ ...COOPERATION, version: null });
      const req = httpRequest(`${edit.base}/api/entries/cooperation`, { method: "PUT", headers: { host: "attacker.example", "content-type": "application/json", "content-length": Buffer.byteLength(body), ...keyed() } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", reject);
      req.end(body);
    });
    expect(status).toBe(403);
    expect(existsSync(entryFile("cooperation"))).toBe(false);
  });

  it("refuses a body over the limit (413)", async () => {
    const huge = { ...COOPERATION, en: { ...COOPERATION.en, definition: "x".repeat(300 * 1024) }, version: null };
    expect((await json("PUT", `${edit.base}/api/entries/cooperation`, huge)).status).toBe(413);
  });

  it("answers 422 with each problem's field, message and severity, and writes nothing", async () => {
    const response = await json("PUT", `${edit.base}/api/entries/cooperation?locale=ru`, { ...COOPERATION, en: { variants: [] }, version: null });
    expect(response.status).toBe(422);
    const { problems } = (await response.json()) as { problems: { field: string; message: string; severity: string }[] };
    expect(problems).toContainEqual(expect.objectContaining({ field: "en.term", severity: "error", message: expect.stringMatching(/\S/) }));
    expect(existsSync(entryFile("cooperation"))).toBe(false);
  });

  it("creates an entry (201), refuses to create it again (409), and the reader marks it at once", async () => {
    const created = await json("PUT", `${edit.base}/api/entries/cooperation`, { ...COOPERATION, version: null });
    expect(created.status).toBe(201);
    expect(readFileSync(entryFile("cooperation"), "utf8")).toContain("  term: ынтымақтастық\n");
    expect((await json("PUT", `${edit.base}/api/entries/cooperation`, { ...COOPERATION, version: null })).status).toBe(409);
    const page = await (await get(`${edit.base}/kk/articles/${ARTICLE}`)).text();
    expect(page).toContain('data-term="cooperation"');
  });

  it("changes an entry (200) keeping its comments, and refuses a stale version (409) without writing", async () => {
    writeFileSync(entryFile("cooperation"), readFileSync(entryFile("cooperation"), "utf8").replace("sources: []", "# no act checked yet\nsources: []"));
    const { version } = (await (await get(`${edit.base}/api/entries/cooperation`)).json()) as { version: string };
    const changed = await json("PUT", `${edit.base}/api/entries/cooperation`, { ...COOPERATION, en: { ...COOPERATION.en, definition: "Joint work towards a shared aim." }, version });
    expect(changed.status).toBe(200);
    const text = readFileSync(entryFile("cooperation"), "utf8");
    expect(text).toContain("# no act checked yet\nsources: []");
    expect(text).toContain("definition: Joint work towards a shared aim.");
    const stale = await json("PUT", `${edit.base}/api/entries/cooperation`, { ...COOPERATION, en: { ...COOPERATION.en, definition: "Overwritten." }, version });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { error: string }).error).toMatch(/changed since/);
    expect(readFileSync(entryFile("cooperation"), "utf8")).toBe(text);
  });

  it("lets no browser keep an article's files or a search answer, which the next save changes (the production server's may be kept an hour)", async () => {
    for (const url of [`/en/articles/${ARTICLE}/cards.json`, `/en/articles/${ARTICLE}/text.json`, "/api/search?q=сот"]) {
      expect([url, (await get(edit.base + url)).headers.get("cache-control")]).toEqual([url, "no-store"]);
      expect([url, (await fetch(BASE_URL + url)).headers.get("cache-control")]).toEqual([url, "public, max-age=3600"]);
    }
  });

  it("lists the new entry on the changes page with its difference", async () => {
    const page = await (await get(`${edit.base}/en/glossary/changes`)).text();
    expect(page).toContain('data-entry="cooperation" data-state="added"');
    expect(page).toContain("+  term: ынтымақтастық");
  });
});

describe("an article being added", () => {
  it("is checked on its own page: its problems, the paragraphs that do not pair up, and the changes page lists it", async () => {
    const folder = path.join(edit.root, "articles", "being-added");
    mkdirSync(folder, { recursive: true });
    const from = path.join(edit.root, "articles", ARTICLE);
    for (const lang of ["kk", "en"]) copyFileSync(path.join(from, `${lang}.md`), path.join(folder, `${lang}.md`));
    // The Russian translation loses its second paragraph.
    const ru = readFileSync(path.join(from, "ru.md"), "utf8").split(/\n\n/);
    writeFileSync(path.join(folder, "ru.md"), [...ru.slice(0, 2), ...ru.slice(3)].join("\n\n"));
    try {
      const page = await (await get(`${edit.base}/en/articles/check/being-added`)).text();
      expect(page).toMatch(/data-code="paragraph(Missing|Length)"/);
      expect(page).toContain('data-pair="no"');
      expect(page).toContain("Shown once the article");
      const changes = await (await get(`${edit.base}/en/glossary/changes`)).text();
      expect(changes).toContain('data-article="being-added" data-state="added"');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    const fixed = await (await get(`${edit.base}/en/articles/check/${ARTICLE}`)).text();
    expect(fixed).toContain("Its files are in order");
    expect(fixed).toMatch(/Kazakh: [\d.]+% of \d+ words inside glossary terms/);
  });
});

describe("the editing form", () => {
  /** The form has run its first check, and the check worked. */
  const ready = async (page: import("playwright-core").Page) => {
    await page.waitForFunction(() => {
      const status = document.querySelector("form [role=status]")?.textContent ?? "";
      return status !== "" && !status.includes("Checking");
    });
    expect(await page.locator("form [role=status]").first().textContent()).not.toMatch(/could not be made/);
  };

  it("shows a mistake beside its field, previews the places, saves, and the article marks the new entry", async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    // The link npm run edit prints: its key becomes a cookie and leaves the address.
    await page.goto(`${edit.base}/en/glossary/new?${EDIT_KEY_PARAM}=${edit.key}`);
    expect(new URL(page.url()).search).toBe("");
    expect((await context.cookies()).find((c) => c.name === EDIT_KEY_COOKIE)).toMatchObject({ httpOnly: true, sameSite: "Strict" });
    await ready(page);
    const kk = page.locator("fieldset[lang=kk]");
    // A Latin "e" in the Kazakh term.
    await kk.getByLabel("Term", { exact: true }).fill("кeздесу");
    await page.locator("fieldset[lang=ru]").getByLabel("Term", { exact: true }).fill("встреча");
    await page.locator("fieldset[lang=en]").getByLabel("Term", { exact: true }).fill("meeting");
    await page.getByLabel("International").check();
    const latin = kk.locator('[data-field="kk.term"][data-code="latinInKazakh"]');
    await latin.waitFor();
    // The message is the term field's description.
    const described = await kk.getByLabel("Term", { exact: true }).getAttribute("aria-describedby");
    expect(await latin.locator("xpath=..").getAttribute("id")).toBe(described);

    await kk.getByLabel("Term", { exact: true }).fill("кездесу");
    await latin.waitFor({ state: "detached" });
    await page.locator(`li[data-article="${ARTICLE}"][data-form^="кездесу" i]`).first().waitFor();
    await expect(page.getByLabel("Id").inputValue()).resolves.toBe("meeting");

    await page.getByRole("button", { name: "Save" }).click();
    await page.getByText("Created.").waitFor();
    expect(existsSync(entryFile("meeting"))).toBe(true);

    await page.goto(`${edit.base}/kk/articles/${ARTICLE}`);
    expect(await page.locator('[data-term="meeting"]').count()).toBeGreaterThan(0);
    await context.close();
  });

  it("tells the second of two tabs that saves an entry that it changed in between", async () => {
    const context = await editingContext();
    const [first, second] = [await context.newPage(), await context.newPage()];
    for (const page of [first, second]) {
      await page.goto(`${edit.base}/en/glossary/meeting/edit`);
      await ready(page);
    }
    await first.locator("fieldset[lang=en]").getByLabel("Definition").fill("A gathering of people to discuss something.");
    await first.getByRole("button", { name: "Save" }).click();
    await first.getByText("Saved.").waitFor();
    await second.locator("fieldset[lang=en]").getByLabel("Definition").fill("Overwriting.");
    await second.getByRole("button", { name: "Save" }).click();
    await second.getByText(/was changed since this form was opened/).waitFor();
    expect(readFileSync(entryFile("meeting"), "utf8")).toContain("A gathering of people to discuss something.");
    await context.close();
  });

  it.each(["/en/glossary/new", "/ru/glossary/court/edit", "/kk/glossary/changes"])("%s has no serious accessibility violation and does not scroll sideways at 360 px", async (url) => {
    for (const colorScheme of ["light", "dark"] as const) {
      const context = await editingContext({ colorScheme, viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      await page.goto(edit.base + url);
      if (!url.endsWith("changes")) await ready(page);
      await page.locator("main h1").first().waitFor();
      const violations = await seriousA11yViolations(page);
      expect(violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
      expect(await sidewaysOverflow(page)).toEqual([]);
      await context.close();
    }
  });
});
