// The pieces of one's own text that need no page: its paragraphs (a blank line ends one, a single
// line break stays), its library title, the file the reader opens (only UTF-8 .txt/.md within the
// limit), and the sentence each entry's flashcard carries.
import { splitParagraphs } from "@/lib/text/paragraphs";
import { MAX_TITLE_CHARS, cleanTitle, titleOf } from "@/components/library/title";
import { readTextFile } from "@/components/library/read-file";
import { firstOccurrences } from "@/components/library/first-sentences";
import { flashcardsFileName, textFlashcardsCsv } from "@/components/library/flashcards-download";
import { isTextId } from "@/components/annotate/state";
import { newTextId } from "@/components/library/text-id";
import type { AnnotateResult } from "@/components/annotate/state";
import { JURY_TRIAL } from "../term/fixtures";

describe("splitParagraphs", () => {
  it("ends a paragraph at a blank line and keeps a single line break inside one", () => {
    expect(splitParagraphs("Бірінші жол\nсол абзацта.\n\nЕкінші абзац.")).toEqual(["Бірінші жол\nсол абзацта.", "Екінші абзац."]);
  });

  it("takes several blank lines, spaces on them and Windows line ends as one break, and drops empty paragraphs", () => {
    expect(splitParagraphs("\r\n  Бір.\r\n \t\r\n\r\n\r\nЕкі.\r\nҮш.\n\n  \n")).toEqual(["Бір.", "Екі.\nҮш."]);
  });

  it("keeps every word of the text", () => {
    const text = "Сот  отырысы.\n\n\nАлқабилер соты\nшешті.";
    expect(splitParagraphs(text).join(" ").split(/\s+/)).toEqual(text.split(/\s+/).filter(Boolean));
  });
});

describe("titleOf", () => {
  it("is the first non-empty line", () => {
    expect(titleOf("\n\n  Жоғарғы Сот туралы  \nМәтін.")).toBe("Жоғарғы Сот туралы");
  });

  it("cuts a long first line at a word, with an ellipsis", () => {
    const line = "Қазақстан Республикасы Жоғарғы Сотының төрағасы халықаралық серіктестермен кездесуде сот жүйесін цифрландыру туралы айтты";
    const title = titleOf(line);
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_CHARS + 1);
    expect(title.endsWith("…")).toBe(true);
    expect(line.startsWith(title.slice(0, -1))).toBe(true);
    expect(line[title.length - 1]).toBe(" ");
  });

  it("cuts a single endless word where the limit falls", () => {
    expect(titleOf("x".repeat(200))).toBe(`${"x".repeat(MAX_TITLE_CHARS)}…`);
  });

  it("tidies a typed title, and an all-space one is empty", () => {
    expect(cleanTitle("  Менің   мәтінім ")).toBe("Менің мәтінім");
    expect(cleanTitle(" \t ")).toBe("");
  });
});

describe("readTextFile", () => {
  const file = (parts: BlobPart[], name: string) => new File(parts, name, { type: "text/plain" });

  it("reads a UTF-8 .txt or .md file", async () => {
    await expect(readTextFile(file(["Алқабилер соты."], "мәтін.txt"), 100)).resolves.toEqual({ ok: true, name: "мәтін.txt", text: "Алқабилер соты." });
    await expect(readTextFile(file(["# Тақырып"], "NOTES.MD"), 100)).resolves.toMatchObject({ ok: true, text: "# Тақырып" });
  });

  it("refuses another kind of file, naming it", async () => {
    await expect(readTextFile(file(["%PDF"], "law.pdf"), 100)).resolves.toEqual({ ok: false, problem: { code: "fileType", name: "law.pdf" } });
  });

  it("refuses a file that is not UTF-8 (a legacy Cyrillic encoding)", async () => {
    // «Сот» in Windows-1251.
    const cp1251 = new Uint8Array([0xd1, 0xee, 0xf2]);
    await expect(readTextFile(file([cp1251], "old.txt"), 100)).resolves.toEqual({ ok: false, problem: { code: "fileNotUtf8", name: "old.txt" } });
  });

  it("refuses a file over the limit with its length, and one far over it without reading it", async () => {
    await expect(readTextFile(file(["сот ".repeat(30)], "long.txt"), 100)).resolves.toEqual({
      ok: false,
      problem: { code: "fileTooLong", name: "long.txt", length: 120, max: 100 },
    });
    await expect(readTextFile(file(["a".repeat(401)], "huge.txt"), 100)).resolves.toEqual({
      ok: false,
      problem: { code: "fileTooLarge", name: "huge.txt", max: 100 },
    });
  });
});

describe("a text's flashcards", () => {
  const result: AnnotateResult = {
    paragraphs: [
      ["Бүгін сот болды. Кеше ", ["алқабилер соты", "jury-trial"], " жұмыс істеді."],
      ["Тағы ", ["алқабилер сотының", "jury-trial", "x"], " шешімі."],
    ],
    cards: { "jury-trial": JURY_TRIAL },
    details: { "jury-trial": { sources: [], related: [], names: { "алқабилер соты": "алқабилер соты", "алқабилер сотының": "алқабилер соты" } } },
    terms: [{ id: "jury-trial", term: "алқабилер соты", count: 2 }],
    occurrences: 2,
  };

  it("carry the sentence of each entry's first occurrence, cut around it", () => {
    expect(firstOccurrences(result.paragraphs)).toEqual([
      { termId: "jury-trial", paragraph: 1, sentence: { before: "Кеше ", term: "алқабилер соты", after: " жұмыс істеді." } },
    ]);
  });

  it("make one card per entry with that sentence, in the chosen script", () => {
    const cyrillic = textFlashcardsCsv(result, "kk", "cyrl", "en");
    expect(cyrillic).toContain("Кеше <b>алқабилер соты</b> жұмыс істеді.");
    expect(cyrillic.match(/zan-reader:jury-trial/g)).toHaveLength(1);
    const latin = textFlashcardsCsv(result, "kk", "latn", "en");
    expect(latin).toContain("<b>alqabiler soty</b>");
    // Russian and English are never transliterated.
    expect(latin).toContain("суд присяжных");
  });

  it("are saved under a file name made of the title's letters", () => {
    expect(flashcardsFileName("Жоғарғы Сот: «шешім» / 2024")).toBe("Жоғарғы-Сот-шешім-2024-flashcards.csv");
    expect(flashcardsFileName("?!")).toBe("text-flashcards.csv");
  });
});

it("gives each new text an id the annotate action accepts", () => {
  const ids = new Set([newTextId(), newTextId()]);
  expect(ids.size).toBe(2);
  for (const id of ids) expect(isTextId(id)).toBe(true);
  expect(isTextId("../x")).toBe(false);
});
