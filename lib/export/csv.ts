// The glossary as CSV, one row per entry, for spreadsheets: per content language the term, variants,
// definition and note. UTF-8 with a byte order mark,
// because without it spreadsheet programs guess a legacy encoding and garble Kazakh letters.
// A project glossary (the entries of one text) has two more columns in the text's language:
// the forms that occurred with their counts («сотының (2); сотқа (1)») and the sentences they
// occurred in, one per line inside the cell (csv-stringify quotes the cell).
import { stringify } from "csv-stringify/sync";
import { LANGS, type Lang } from "@/lib/glossary/langs";
import type { EntryOf } from "@/lib/glossary/schema";
import { distinctSentences, formCounts, formsLine, type TextOccurrences } from "./occurrences";

/** Lists inside one cell are joined with this. */
export const LIST_SEPARATOR = "; ";
/** The sentences of a project glossary's cell are one per line. */
export const SENTENCE_SEPARATOR = "\n";

/** The columns for a list of content languages: four per language, in the list's order. */
export const csvColumns = (langs: readonly string[]): string[] => [
  "id",
  "status",
  "domains",
  ...langs.flatMap((lang) => [`${lang}_term`, `${lang}_variants`, `${lang}_definition`, `${lang}_note`]),
  "sources",
  "related",
];

export const CSV_COLUMNS: readonly string[] = csvColumns(LANGS);

/** The columns a project glossary adds, named for the text's language: kk_forms_in_text, kk_sentences. */
export const occurrenceColumns = (lang: TextOccurrences["lang"]): [string, string] => [`${lang}_forms_in_text`, `${lang}_sentences`];

export interface CsvOptions<Code extends string = Lang> {
  /** A project glossary: where each entry occurred in the text. */
  occurrences?: TextOccurrences;
  /** The content languages to give columns to (the built-in ones by default). */
  langs?: readonly Code[];
}

export function glossaryToCsv<Code extends string = Lang>(entries: readonly EntryOf<NoInfer<Code>>[], options: CsvOptions<Code> = {}): string {
  const { occurrences } = options;
  const langs = options.langs ?? (LANGS as readonly string[] as readonly Code[]);
  const rows = entries.map((entry) => {
    const row = [
      entry.id,
      entry.status,
      entry.domains.join(LIST_SEPARATOR),
      ...langs.flatMap((lang) => [
        entry[lang].term,
        entry[lang].variants.join(LIST_SEPARATOR),
        entry[lang].definition ?? "",
        entry[lang].note ?? "",
      ]),
      entry.sources.join(LIST_SEPARATOR),
      entry.related.join(LIST_SEPARATOR),
    ];
    if (occurrences) {
      const found = occurrences.of(entry.id);
      row.push(formsLine(formCounts(found), LIST_SEPARATOR), distinctSentences(found).join(SENTENCE_SEPARATOR));
    }
    return row;
  });
  const columns = occurrences ? [...csvColumns(langs), ...occurrenceColumns(occurrences.lang)] : csvColumns(langs);
  return stringify(rows, { bom: true, header: true, columns, record_delimiter: "windows", escape_formulas: true });
}
