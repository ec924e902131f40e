// The JSON Schema of an entry file, generated from the zod schema, so editors' IDEs check
// glossary/*.yaml as they type (through the `yaml-language-server` comment at the top).
import { z } from "zod";
import { entrySchema } from "@/lib/glossary/schema";

export function entryJsonSchema(): string {
  // "input": what an editor writes, where defaulted fields (variants, sources, related) may be left out.
  const schema = z.toJSONSchema(entrySchema, { io: "input", unrepresentable: "any" });
  return `${JSON.stringify({ ...schema, title: "Zan Reader glossary entry" }, null, 2)}\n`;
}
