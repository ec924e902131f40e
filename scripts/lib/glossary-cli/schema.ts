// `glossary schema`: writes glossary/schema.json, the JSON Schema editors' IDEs validate entry
// files with, generated from the same zod schema the loader uses.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { entryJsonSchema } from "@/lib/glossary/json-schema";
import { displayPath } from "@/server/content/files";
import type { CliContext } from "./context";

export function runSchema(ctx: CliContext): number {
  const file = path.join(ctx.glossaryDir, "schema.json");
  writeFileSync(file, entryJsonSchema(), "utf8");
  ctx.out(ctx.t("schema.written", { file: displayPath(file) }));
  return 0;
}
