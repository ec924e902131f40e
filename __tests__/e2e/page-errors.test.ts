// Every kind of page loads and hydrates in Chromium without a script error or a console error:
// a hydration mismatch (server and browser rendering different text) shows up here as React's
// error #418, which would otherwise go unnoticed while the page still looks right.
import { sharedBrowser } from "./support/browser";
import { BASE_URL } from "./support/server";
import { ARTICLE } from "./reader-helpers";

const browser = sharedBrowser();

const PAGES = [
  "/kk",
  `/kk/articles/${ARTICLE}`,
  `/ru/articles/${ARTICLE}?with=en&script=latn`,
  `/en/articles/${ARTICLE}?hl=jury-trial#p4`,
  "/kk/glossary",
  "/ru/glossary?q=суд",
  "/kk/glossary/jury-trial",
  "/kk/annotate",
  "/ru/annotate",
];

describe("pages in the browser", () => {
  it.each(PAGES)("%s hydrates without errors", async (path) => {
    const page = await browser().newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await page.goto(`${BASE_URL}${path}`, { waitUntil: "networkidle" });
    // Hydration errors surface after the page's scripts have run.
    await page.waitForTimeout(300);
    expect(errors).toEqual([]);
    await page.close();
  });
});
