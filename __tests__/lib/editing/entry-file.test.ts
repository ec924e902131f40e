// Saving through the form writes the entry file in place: what the editor wrote by hand
// (comments, key order, list styles) stays, and only the changed values change.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { entryFileText } from "@/lib/editing/entry-file";
import { parseEntryFile } from "@/lib/glossary/parse";

const GLOSSARY = path.join(__dirname, "../../../glossary");

/** The parts of an entry file's data the tests change. */
type Block = { term: string; variants: unknown[]; definition?: string; note?: string };
type Data = Record<string, unknown> & { kk: Block; ru: Block; en: Block; sources: string[] };

const HAND_WRITTEN = `# yaml-language-server: $schema=./schema.json
# Checked against the Criminal Procedure Code, 2014.
id: jury-trial
status: draft
domains: [courts, procedure]
kk:
  term: алқабилер соты
  variants: []
  definition: Алқабилер қатысатын сот. # short on purpose
ru:
  term: суд присяжных
  variants:
    - суд с участием присяжных заседателей # the Code's own wording
    - суд присяжных заседателей
  definition: Суд с участием присяжных.
en:
  term: jury trial
  variants:
    - trial by jury
  definition: A trial with jurors.
  note: Old note.
# The act, by its official Russian title.
sources:
  - Уголовно-процессуальный кодекс Республики Казахстан
related: [judge]
`;

describe("entryFileText", () => {
  it("gives every file of the glossary back byte for byte when nothing changed", () => {
    const files = readdirSync(GLOSSARY).filter((name) => name.endsWith(".yaml"));
    expect(files.length).toBeGreaterThan(100);
    const changed = files.filter((name) => {
      const text = readFileSync(path.join(GLOSSARY, name), "utf8");
      return entryFileText(text, parse(text) as Record<string, unknown>) !== text;
    });
    expect(changed).toEqual([]);
  });

  it("keeps the comments and the key order when values change, and moves a variant's comment with it", () => {
    const data = parse(HAND_WRITTEN) as Data;
    data.kk.definition = "Кәсіби судья мен алқабилер бірге қарайтын сот.";
    data.ru.variants = [data.ru.variants[1], data.ru.variants[0]];
    delete data.en.note;
    data.kk.note = "Жаңа ескертпе.";
    data.sources = [...data.sources, "Закон Республики Казахстан «О присяжных заседателях»"];
    const text = entryFileText(HAND_WRITTEN, data);

    expect(text).toContain("# Checked against the Criminal Procedure Code, 2014.\n");
    expect(text).toContain("# The act, by its official Russian title.\nsources:\n");
    expect(text).toContain("  definition: Кәсіби судья мен алқабилер бірге қарайтын сот. # short on purpose\n");
    expect(text).toContain("    - суд присяжных заседателей\n    - суд с участием присяжных заседателей # the Code's own wording\n");
    expect(text).not.toContain("Old note.");
    // A new field goes where the schema puts it: the note after the definition.
    expect(text).toContain("  definition: Кәсіби судья мен алқабилер бірге қарайтын сот. # short on purpose\n  note: Жаңа ескертпе.\nru:");
    expect(text).toContain("domains: [courts, procedure]\n");
    expect(parse(text)).toEqual(data);
  });

  it("keeps each variant's comment with it when another is removed and one is edited, also when a detail makes it a mapping", () => {
    const text = "id: x\nkk:\n  term: сот\n  variants:\n    - алпha # comment A\n    - бета # comment B\n    - гамма # comment C\n";
    const data = parse(text) as Data;
    data.kk.variants = ["бета", "гаммa"];
    expect(entryFileText(text, data)).toBe("id: x\nkk:\n  term: сот\n  variants:\n    - бета # comment B\n    - гаммa # comment C\n");
    data.kk.variants = ["бета", { term: "гамма", status: "deprecated" }];
    const mapped = entryFileText(text, data);
    expect(mapped).toContain("- бета # comment B\n");
    expect(mapped).toContain("# comment C");
    expect(mapped).not.toContain("comment A");
    expect(parse(mapped)).toEqual(data);
  });

  it("writes a variant added to an empty [] list one per line, so the file has no flowVariants warning", () => {
    const data = parse(HAND_WRITTEN) as Data;
    data.kk.variants = ["алқа соты"];
    const text = entryFileText(HAND_WRITTEN, data);
    expect(text).toContain("  variants:\n    - алқа соты\n");
    expect(parseEntryFile("glossary/jury-trial.yaml", text).problems).toEqual([]);
  });

  it("writes a new file in the project's layout, which reads back as the same entry", () => {
    const data = {
      id: "cooperation",
      status: "draft",
      domains: ["international"],
      kk: { term: "ынтымақтастық", variants: [], definition: "Бірлесіп жұмыс істеу." },
      ru: { term: "сотрудничество", variants: [{ term: "взаимодействие", status: "admitted", pos: "noun" }], definition: "Совместная работа." },
      en: { term: "cooperation", variants: ["co-operation"], definition: "Working together." },
      sources: [],
      related: ["judge"],
    };
    const text = entryFileText(undefined, data);
    expect(text.startsWith("# yaml-language-server: $schema=./schema.json\nid: cooperation\nstatus: draft\ndomains: [international]\nkk:\n")).toBe(true);
    expect(text).toContain("related: [judge]\n");
    expect(text).toContain("  variants:\n    - co-operation\n");
    expect(parse(text)).toEqual(data);
    expect(parseEntryFile("glossary/cooperation.yaml", text).problems).toEqual([]);
  });
});
