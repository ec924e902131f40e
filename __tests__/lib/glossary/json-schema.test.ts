import { readFileSync } from "node:fs";
import path from "node:path";
import { entryJsonSchema } from "@/lib/glossary/json-schema";

describe("glossary/schema.json", () => {
  it("is the schema generated from the loader's zod schema (run `npm run glossary -- schema` after changing it)", () => {
    const committed = readFileSync(path.resolve(__dirname, "../../../glossary/schema.json"), "utf8");
    expect(committed).toBe(entryJsonSchema());
  });

  it("requires the fields an entry cannot do without and rejects unknown ones", () => {
    const schema: unknown = JSON.parse(entryJsonSchema());
    expect(schema).toMatchObject({
      type: "object",
      required: expect.arrayContaining(["id", "status", "domains", "kk", "ru", "en"]),
      additionalProperties: false,
      properties: { kk: { required: ["term"], additionalProperties: false } },
    });
  });
});
