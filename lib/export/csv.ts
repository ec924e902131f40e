// The glossary as CSV, one row per entry, for spreadsheets: per language the term, variants,
// definition and note. UTF-8 with a byte order mark,
// because without it spreadsheet programs guess a legacy encoding and garble Kazakh letters.
import { stringify } from "csv-stringify/sync";
import { LANGS, type GlossaryEntry } from "@/lib/glossary/schema";

/** Lists inside one cell are joined with this. */
export const LIST_SEPARATOR = "; ";

export const CSV_COLUMNS = [
  "id",
  "status",
  "domains",
  ...LANGS.flatMap((lang) => [`${lang}_term`, `${lang}_variants`, `${lang}_definition`, `${lang}_note`]),
  "sources",
  "related",
] as const;

export function glossaryToCsv(entries: readonly GlossaryEntry[]): string {
  const rows = entries.map((entry) => [
    entry.id,
    entry.status,
    entry.domains.join(LIST_SEPARATOR),
    ...LANGS.flatMap((lang) => [
      entry[lang].term,
      entry[lang].variants.join(LIST_SEPARATOR),
      entry[lang].definition ?? "",
      entry[lang].note ?? "",
    ]),
    entry.sources.join(LIST_SEPARATOR),
    entry.related.join(LIST_SEPARATOR),
  ]);
  return stringify(rows, { bom: true, header: true, columns: [...CSV_COLUMNS], record_delimiter: "windows", escape_formulas: true });
}
