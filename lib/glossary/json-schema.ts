// The JSON Schema of an entry file, generated from the zod schema, so editors' IDEs check
// glossary/*.yaml as they type (through the `yaml-language-server` comment at the top).
import { z } from "zod";
import { entrySchema, LANGS } from "@/lib/glossary/schema";

export function entryJsonSchema(): string {
  // "input": what an editor writes, where defaulted fields (variants, sources, related) may be left out.
  const schema = z.toJSONSchema(entrySchema, { io: "input", unrepresentable: "any" });
  // zod's refinement (a reviewed entry defines its term in every language) has no JSON Schema
  // form of its own; this is the same rule spelled for the IDE.
  const reviewedNeedsDefinitions = {
    if: { properties: { status: { const: "reviewed" } }, required: ["status"] },
    then: { properties: Object.fromEntries(LANGS.map((lang) => [lang, { required: ["term", "definition"] }])) },
  };
  return `${JSON.stringify({ ...schema, title: "Zan Reader glossary entry", allOf: [reviewedNeedsDefinitions] }, null, 2)}\n`;
}
