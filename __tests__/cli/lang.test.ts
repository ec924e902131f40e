import { pickCliLang } from "@/lib/cli-i18n";

describe("pickCliLang", () => {
  it("takes --lang first", () => {
    expect(pickCliLang("kk", { LANG: "ru_RU.UTF-8" })).toBe("kk");
  });

  it("follows LC_ALL, then LC_MESSAGES, then LANG", () => {
    expect(pickCliLang(undefined, { LC_ALL: "kk_KZ.UTF-8", LANG: "ru_RU.UTF-8" })).toBe("kk");
    expect(pickCliLang(undefined, { LC_MESSAGES: "ru_RU", LANG: "kk_KZ" })).toBe("ru");
    expect(pickCliLang(undefined, { LC_ALL: "", LANG: "ru_RU.UTF-8" })).toBe("ru");
  });

  it("falls back to English for other or missing locales", () => {
    expect(pickCliLang(undefined, { LANG: "de_DE.UTF-8" })).toBe("en");
    expect(pickCliLang(undefined, { LANG: "C.UTF-8" })).toBe("en");
    expect(pickCliLang(undefined, {})).toBe("en");
  });
});
