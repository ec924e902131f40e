// The JSON Schema of an entry file, generated from the zod schema, so editors' IDEs check
// glossary/*.yaml as they type (through the `yaml-language-server` comment at the top).
import { z } from "zod";
import { entrySchema, entrySchemaFor, LANGS } from "@/lib/glossary/schema";

/** `langs`: the content languages whose blocks an entry has (the built-in ones by default). */
export function entryJsonSchema(langs: readonly string[] = LANGS): string {
  // "input": what an editor writes, where defaulted fields (variants, sources, related) may be left out.
  const schema = z.toJSONSchema(langs === LANGS ? entrySchema : entrySchemaFor(langs), { io: "input", unrepresentable: "any" });
  // zod's refinement (a reviewed entry defines its term in every language) has no JSON Schema
  // form of its own; this is the same rule spelled for the IDE.
  const reviewedNeedsDefinitions = {
    if: { properties: { status: { const: "reviewed" } }, required: ["status"] },
    then: { properties: Object.fromEntries(langs.map((lang) => [lang, { required: ["term", "definition"] }])) },
  };
  return `${JSON.stringify({ ...schema, title: "Zan Reader glossary entry", allOf: [reviewedNeedsDefinitions] }, null, 2)}\n`;
}
