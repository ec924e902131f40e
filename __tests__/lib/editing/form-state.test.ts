// The form edits every field of an entry and sends it back without dropping what it has no
// control for.
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

  it("writes a variant with nothing to say of itself as its text, and one with details as a mapping", () => {
    const form = formOf(FILE);
    form.blocks.ru.variants = [
      { term: "Мажилис Парламента", status: "admitted", type: "", pos: "", rest: {} },
      { term: "Палата", status: "deprecated", type: "", pos: "noun", rest: {} },
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
