// Parses one glossary entry file (glossary/<id>.yaml) into a validated entry, or into problems
// that name the file, line, column and field. Content is parsed, never cast.
import { entrySchema, type GlossaryEntry } from "@/lib/glossary/schema";
import { parseYamlSource, type PathSegment, type Position } from "@/lib/glossary/yaml-document";
import { schemaProblems } from "@/lib/glossary/schema-problems";
import type { Problem } from "@/lib/problems";

export interface ParsedEntryFile {
  file: string;
  /** Present only when the file is valid YAML and satisfies the schema. */
  entry?: GlossaryEntry;
  problems: Problem[];
  /** Line and column of a field, for problems found later across files. */
  locate(path: readonly PathSegment[]): Position;
}

export function parseEntryFile(file: string, source: string): ParsedEntryFile {
  const yaml = parseYamlSource(file, source);
  if (yaml.problems.length > 0) return { file, problems: yaml.problems, locate: yaml.locate };

  const result = entrySchema.safeParse(yaml.value);
  if (!result.success) {
    return { file, problems: schemaProblems(file, result.error.issues, yaml), locate: yaml.locate };
  }
  return { file, entry: result.data, problems: [], locate: yaml.locate };
}
