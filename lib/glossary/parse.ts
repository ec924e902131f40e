// Parses one glossary entry file (glossary/<id>.yaml) into a validated entry, or into problems
// that name the file, line, column and field. Content is parsed, never cast.
import { entrySchema, entrySchemaFor, LANGS, type EntryOf, type GlossaryEntry, type LangBlock } from "@/lib/glossary/schema";
import { parseYamlSource, type PathSegment, type Position } from "@/lib/glossary/yaml-document";
import { schemaProblems } from "@/lib/glossary/schema-problems";
import { makeProblem, type Problem } from "@/lib/problems";

export interface ParsedEntryFile<Entry = GlossaryEntry> {
  file: string;
  /** Present only when the file is valid YAML and satisfies the schema (its problems are then about style, like flowVariants). */
  entry?: Entry;
  problems: Problem[];
  /** Line and column of a field, for problems found later across files. */
  locate(path: readonly PathSegment[]): Position;
}

/** `langs`: the content languages an entry has a block for (the built-in ones by default). */
export function parseEntryFile(file: string, source: string): ParsedEntryFile;
export function parseEntryFile<Code extends string>(file: string, source: string, langs: readonly Code[]): ParsedEntryFile<EntryOf<Code>>;
export function parseEntryFile(file: string, source: string, langs: readonly string[] = LANGS): ParsedEntryFile<object> {
  const yaml = parseYamlSource(file, source);
  if (yaml.problems.length > 0) return { file, problems: yaml.problems, locate: yaml.locate };

  const result = (langs === LANGS ? entrySchema : entrySchemaFor(langs)).safeParse(yaml.value);
  if (!result.success) {
    return { file, problems: schemaProblems(file, result.error.issues, yaml), locate: yaml.locate };
  }
  // Variants are written one per line: in a bracketed list a comma inside a long official name
  // would split it into "variants" that are fragments of it.
  // The schema gave the entry a block for each of `langs` (TypeScript cannot follow a list of keys).
  const blocks = result.data as unknown as Record<string, LangBlock>;
  const problems = langs.filter((lang) => blocks[lang]!.variants.length > 0 && yaml.isFlowList([lang, "variants"])).map((lang) =>
    makeProblem({ file, ...yaml.locate([lang, "variants"]), field: `${lang}.variants`, code: "flowVariants" }),
  );
  return { file, entry: result.data, problems, locate: yaml.locate };
}
