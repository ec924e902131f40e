// The form edits every field of an entry and sends it back without dropping what it has no
// control for.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { entryFileText } from "@/lib/editing/entry-file";
import { dataOf, formOf, moved } from "@/lib/editing/form-state";

const FILE = {
  $schema: "./schema.json",
  id: "mazhilis",
  status: "reviewed",
  domains: ["state"],
  kk: {
    term: "Мәжіліс",
    caseSensitive: true,
    variants: ["Парламент Мәжілісі", { term: "ҚР Парламентінің Мәжілісі", status: "deprecated", type: "fullForm", note: "seen in older acts" }],
    definition: "Парламенттің төменгі палатасы.",
  },
  ru: { term: "Мажилис", variants: [], definition: "Нижняя палата Парламента." },
  en: { term: "Mazhilis", type: "shortForm", variants: [], definition: "The lower chamber of Parliament." },
  sources: ["Конституция Республики Казахстан, статья 50"],
  related: ["parliament"],
};

describe("the form's state", () => {
  it("gives back the file's data unchanged, the fields it has no control for included", () => {
    expect(dataOf(formOf(FILE))).toEqual(FILE);
  });

  it("gives every file of the glossary back byte for byte when it is saved through the form unchanged", () => {
    const folder = path.join(__dirname, "../../../glossary");
    const files = readdirSync(folder).filter((name) => name.endsWith(".yaml"));
    const changed = files.filter((name) => {
      const text = readFileSync(path.join(folder, name), "utf8");
      return entryFileText(text, dataOf(formOf(parse(text) as Record<string, unknown>))) !== text;
    });
    expect(changed).toEqual([]);
  });

  it("keeps what the schema does not know as written (check reports it), an explicit admitted status, and lists the file leaves out", () => {
    const text = [
      "id: x",
      "status: draft",
      "domains: [courts, no-such-domain]",
      "kk:",
      "  term: сот",
      "  type: abbrev # not a TermType",
      "ru:",
      "  term: суд",
      "  variants:",
      "    - term: судилище",
      "      status: admitted # said on purpose",
      "    - term: трибунал",
      "      status: obsolete",
      "en:",
      "  term: court",
      "",
    ].join("\n");
    expect(entryFileText(text, dataOf(formOf(parse(text) as Record<string, unknown>)))).toBe(text);
  });

  it("writes a variant with nothing to say of itself as its text, and one with details as a mapping", () => {
    const form = formOf(FILE);
    form.blocks.ru.variants = [
      { key: 1, term: "Мажилис Парламента", status: "admitted", statusWritten: false, type: "", pos: "", rest: {} },
      { key: 2, term: "Палата", status: "deprecated", statusWritten: false, type: "", pos: "noun", rest: {} },
    ];
    expect((dataOf(form).ru as { variants: unknown[] }).variants).toEqual(["Мажилис Парламента", { term: "Палата", status: "deprecated", pos: "noun" }]);
  });

  it("leaves out a definition or note that is empty instead of writing an empty text", () => {
    const form = formOf(FILE);
    form.blocks.en.definition = "  ";
    expect(dataOf(form).en).not.toHaveProperty("definition");
    expect(dataOf(form).en).not.toHaveProperty("note");
  });

  it("moves a list item up and down, and not past either end", () => {
    expect(moved(["a", "b", "c"], 2, 1)).toEqual(["a", "c", "b"]);
    expect(moved(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
    expect(moved(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
  });
});
