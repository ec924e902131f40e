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
        kk: { term: "алқабилер соты", variants: ["алқабилер қатысатын сот"], definition: "Іс «алқабилер» қатысуымен, қаралатын сот." },
        ru: expect.objectContaining({ term: "суд присяжных", variants: ["суд с участием присяжных", "СП"] }),
        en: expect.objectContaining({ term: "jury trial", variants: [] }),
        related: ["court", "missing-entry"],
      }),
      expect.objectContaining({
        id: "court",
        status: "draft",
        kk: { term: "сот", variants: [], definition: null },
      }),
    ]);
  });
});
