import { isArticleSlug, readArticleInput, renderArticleFile } from "@/lib/articles/input";
import { parseArticleVersion } from "@/lib/articles/parse";

describe("readArticleInput", () => {
  it("takes a plain text's one-line first paragraph as the title, keeping the input's lines", () => {
    const { version, problems } = readArticleInput({ lang: "kk", file: "kk.txt", source: "Тақырып\n\nБірінші абзац.\n\n\nЕкінші\nабзац.\n" }, { date: "2016-04-12" });
    expect(problems).toEqual([]);
    expect(version?.meta).toEqual({ title: "Тақырып", date: "2016-04-12" });
    expect(version?.paragraphs).toEqual([
      { index: 0, text: "Бірінші абзац.", line: 3 },
      { index: 1, text: "Екінші\nабзац.", line: 6 },
    ]);
  });

  it("reads a file saved with a byte-order mark as the same text", () => {
    const plain = readArticleInput({ lang: "ru", file: "ru.txt", source: "---\ntitle: Т\n---\nАбзац.\n" }, {});
    const withBom = readArticleInput({ lang: "ru", file: "ru.txt", source: "\uFEFF---\ntitle: Т\n---\nАбзац.\n" }, {});
    expect(withBom).toEqual(plain);
    expect(plain.version?.meta.title).toBe("Т");
  });

  it("fills front matter from the options without overriding it, and reports a value given twice", () => {
    const source = "---\ntitle: Т\ndate: 2016-04-12\n---\nАбзац.\n";
    expect(readArticleInput({ lang: "en", file: "en.txt", source }, { date: "2016-04-12", source: "Kazinform" }).version?.meta).toEqual({
      title: "Т", date: "2016-04-12", source: "Kazinform",
    });
    const clash = readArticleInput({ lang: "en", file: "en.txt", source, title: "Other" }, { date: "2016-04-13" });
    expect(clash.version).toBeUndefined();
    expect(clash.problems.map((p) => [p.line, p.field, p.code, p.params])).toEqual([
      [3, "date", "articleInputConflict", { option: "--date", value: "2016-04-12", optionValue: "2016-04-13" }],
      [2, "title", "articleInputConflict", { option: "--title-en", value: "Т", optionValue: "Other" }],
    ]);
  });

  it("refuses a text with a title but no paragraph", () => {
    expect(readArticleInput({ lang: "kk", file: "kk.txt", source: "Тек тақырып\n" }, {}).problems.map((p) => p.code)).toEqual(["noParagraphs"]);
  });
});

describe("renderArticleFile", () => {
  it("writes front matter the article parser reads back as it was", () => {
    const meta = { title: "Жоғарғы сот: «сапар»", date: "2016-04-12", source: "ҚазАқпарат", sourceUrl: "https://example.kz/a?b=1#c" };
    const paragraphs = [{ index: 0, text: "Бірінші\nжол.", line: 1 }, { index: 1, text: "Екінші.", line: 4 }];
    const parsed = parseArticleVersion("kk", "kk.md", renderArticleFile(meta, paragraphs));
    expect(parsed.problems).toEqual([]);
    expect(parsed.version?.meta).toEqual(meta);
    expect(parsed.version?.paragraphs.map((p) => p.text)).toEqual(["Бірінші\nжол.", "Екінші."]);
  });
});

describe("isArticleSlug", () => {
  it.each(["supreme-court-visit", "a1", "2016-visit"])("accepts %s", (slug) => expect(isArticleSlug(slug)).toBe(true));
  it.each(["", "Court", "a--b", "-a", "a-", "сот", "a_b", "a/b", "x".repeat(81)])("refuses %j", (slug) => expect(isArticleSlug(slug)).toBe(false));
});
