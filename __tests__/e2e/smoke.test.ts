// The app answers in each interface language and `/` leads to the Kazakh interface.
import { BASE_URL } from "./support/server";

describe("the reader's routes", () => {
  it("sends / to the Kazakh interface", async () => {
    const response = await fetch(`${BASE_URL}/`, { redirect: "manual" });
    expect(response.status).toBeGreaterThanOrEqual(300);
    expect(response.status).toBeLessThan(400);
    expect(new URL(response.headers.get("location") ?? "", BASE_URL).pathname).toBe("/kk");
  });

  it.each(["kk", "ru", "en"])("serves the home page in %s with that html lang", async (locale) => {
    const response = await fetch(`${BASE_URL}/${locale}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(`<html lang="${locale}"`);
  });
});
