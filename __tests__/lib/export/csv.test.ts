import { parse } from "csv-parse/sync";
import { CSV_COLUMNS, glossaryToCsv } from "@/lib/export/csv";
import { entrySchema } from "@/lib/glossary/schema";
import rawEntries from "@/__tests__/fixtures/export-entries.json";

const sampleEntries = () => rawEntries.map((raw) => entrySchema.parse(raw));

describe("glossaryToCsv", () => {
  const csv = glossaryToCsv(sampleEntries());

  it("starts with a byte order mark so spreadsheets read it as UTF-8", () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
  });

  it("has a header and one row per entry", () => {
    const rows: string[][] = parse(csv, { bom: true });
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(["jury-trial", "court"]);
    expect(rows[0]).toEqual([
      "id", "status", "domains",
      "kk_term", "kk_variants", "kk_definition", "kk_note",
      "ru_term", "ru_variants", "ru_definition", "ru_note",
      "en_term", "en_variants", "en_definition", "en_note",
      "sources", "related",
    ]);
  });

  it("keeps commas, quotes and line breaks inside fields", () => {
    const records: Record<string, string>[] = parse(csv, { bom: true, columns: true });
    const jury = records[0];
    expect(jury?.kk_definition).toBe("Іс «алқабилер» қатысуымен, қаралатын сот.");
    expect(jury?.ru_definition).toBe("Суд, в котором вопрос о виновности решают \"присяжные\",\nа наказание — судья.");
    expect(jury?.ru_variants).toBe("суд с участием присяжных; СП");
    expect(jury?.domains).toBe("courts; procedure");
    expect(records[1]?.kk_definition).toBe("");
  });

  it("carries each language's note", () => {
    const [jury, court] = sampleEntries();
    const noted = { ...jury!, ru: { ...jury!.ru, note: "Не путать с судом с участием народных заседателей." } };
    const records: Record<string, string>[] = parse(glossaryToCsv([noted, court!]), { bom: true, columns: true });
    expect(records[0]?.ru_note).toBe("Не путать с судом с участием народных заседателей.");
    expect(records[0]?.kk_note).toBe("");
  });
});

describe("CSV exports and spreadsheet formulas", () => {
  it("write a cell that begins with = + - @ as text, not as a live formula", () => {
    const [entry] = sampleEntries();
    const hostile = { ...entry!, en: { ...entry!.en, definition: '=HYPERLINK("http://evil.example","open")' }, ru: { ...entry!.ru, term: "+7 суд" } };
    const rows: string[][] = parse(glossaryToCsv([hostile]), { bom: true });
    const row = rows[1]!;
    expect(row[CSV_COLUMNS.indexOf("en_definition")]).toBe(`'=HYPERLINK("http://evil.example","open")`);
    expect(row[CSV_COLUMNS.indexOf("ru_term")]).toBe("'+7 суд");
  });
});
