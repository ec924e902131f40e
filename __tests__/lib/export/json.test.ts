import { glossaryToJson } from "@/lib/export/json";
import { entrySchema } from "@/lib/glossary/schema";
import rawEntries from "@/__tests__/fixtures/export-entries.json";

const sampleEntries = () => rawEntries.map((raw) => entrySchema.parse(raw));

describe("glossaryToJson", () => {
  it("prints every entry with id, status, domains and term, variants, definition per language", () => {
    const parsed: unknown = JSON.parse(glossaryToJson(sampleEntries()));
    expect(parsed).toEqual([
      expect.objectContaining({
        id: "jury-trial",
        status: "reviewed",
        domains: ["courts", "procedure"],
        kk: expect.objectContaining({ term: "алқабилер соты", variants: ["алқабилер қатысатын сот"], definition: "Іс «алқабилер» қатысуымен, қаралатын сот." }),
        ru: expect.objectContaining({ term: "суд присяжных", variants: ["суд с участием присяжных", "СП"] }),
        en: expect.objectContaining({ term: "jury trial", variants: [] }),
        related: ["court", "missing-entry"],
      }),
      expect.objectContaining({
        id: "court",
        status: "draft",
        kk: expect.objectContaining({ term: "сот", variants: [], definition: null }),
      }),
    ]);
  });

  it("gives each language's names with their term-level data", () => {
    const [jury] = JSON.parse(glossaryToJson(sampleEntries())) as { ru: { names: unknown[] } }[];
    expect(jury?.ru.names).toEqual([
      { text: "суд присяжных", usage: "preferred", type: "fullForm", pos: "noun", caseSensitive: false },
      { text: "суд с участием присяжных", usage: "admitted", type: "fullForm", pos: "noun", caseSensitive: false },
      { text: "СП", usage: "admitted", type: "abbreviation", pos: "properNoun", caseSensitive: false, fullForm: "суд присяжных" },
    ]);
  });
});
