// Nothing on any page scrolls sideways on a 320 or 360 px phone, in any interface language, and
// no control's label is cut off: the page is as wide as the screen.
import { sharedBrowser } from "./support/browser";
import { BASE_URL } from "./support/server";
import { sidewaysOverflow } from "./reader-helpers";

jest.setTimeout(180_000);
const browser = sharedBrowser();

const PAGES = [
  "",
  "/articles/supreme-court-chair-beijing",
  "/articles/supreme-court-international-partners?with=ru",
  "/glossary",
  "/glossary?q=сот",
  "/glossary/jury-trial",
  "/glossary/supreme-court?per=10",
  "/annotate",
  "/review",
];

describe("on a narrow phone", () => {
  for (const width of [320, 360]) {
    for (const locale of ["kk", "ru", "en"]) {
      it(`no page scrolls sideways at ${width} px in the ${locale} interface`, async () => {
        const context = await browser().newContext({ viewport: { width, height: 700 }, isMobile: true, hasTouch: true });
        const overflowing: string[] = [];
        for (const path of PAGES) {
          const page = await context.newPage();
          await page.goto(`${BASE_URL}/${locale}${path}`);
          await page.waitForLoadState("networkidle");
          const found = await sidewaysOverflow(page);
          overflowing.push(...found.map((what) => `${path || "/"}: ${what}`));
          await page.close();
        }
        expect(overflowing).toEqual([]);
        await context.close();
      });
    }
  }
});
