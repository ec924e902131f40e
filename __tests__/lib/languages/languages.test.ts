// The content languages as a list of descriptors, apart from the interface locales.
import { readFileSync } from "node:fs";
import path from "node:path";
import { routing } from "@/i18n/routing";
import { buildTermIndex } from "@/lib/annotate";
import { entrySchema } from "@/lib/glossary/schema";
import { CONTENT_LANGUAGES, LANGS, languageOf, ORIGINAL_LANG, TRANSLATION_LANGS } from "@/lib/languages";

describe("the content languages", () => {
  it("have one descriptor each, in the order of the codes the browser code uses", () => {
    expect(CONTENT_LANGUAGES.map((l) => l.code)).toEqual([...LANGS]);
  });

  it("refuse a code without a descriptor, naming the ones there are", () => {
    expect(languageOf("ru").code).toBe("ru");
    expect(() => languageOf("de")).toThrow('no content language "de": the languages described are kk, ru, en (lib/languages)');
  });

  it("give no language another's rules: indexing one without a descriptor is an error", () => {
    const entry = entrySchema.parse({ id: "court", status: "draft", domains: ["courts"], kk: { term: "сот" }, ru: { term: "суд" }, en: { term: "court" } });
    const withGerman = { ...entry, de: { term: "Gericht", variants: [] } };
    expect(() => buildTermIndex([withGerman], "de")).toThrow(/no content language "de"/);
  });

  it("offer every translation, and only the translations, to be shown beside the original", () => {
    expect(TRANSLATION_LANGS).toEqual(LANGS.filter((lang) => lang !== ORIGINAL_LANG));
    // The reader's options are made from the list: each needs its label in every interface language.
    for (const locale of routing.locales) {
      const messages = JSON.parse(readFileSync(path.resolve(__dirname, `../../../messages/${locale}.json`), "utf8")) as { Article: Record<string, string> };
      for (const lang of TRANSLATION_LANGS) expect(messages.Article[`with${lang[0]!.toUpperCase()}${lang.slice(1)}`]).toEqual(expect.any(String));
    }
  });

  it("declare Kazakh's Latin reading and Russian's folding of ё", () => {
    expect(languageOf("kk").transliteration?.write("Жоғарғы Сот")).toBe("Joğarğy Sot");
    expect(languageOf("ru").transliteration).toBeUndefined();
    expect(languageOf("ru").foldForm("судьёй")).toBe("судьей");
  });
});

describe("the interface locales", () => {
  it("are next-intl's routing's own list, not the content languages", () => {
    expect(routing.locales).not.toBe(LANGS);
    expect(routing.defaultLocale).toBe("kk");
  });
});
