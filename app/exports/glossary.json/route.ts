// /exports/glossary.json: the same JSON as `npm run glossary -- export --format json`, generated at
// build time, a download like the CSV and TBX beside it.
import { glossaryToJson } from "@/lib/export/json";
import { getGlossary } from "@/server/content";

export const dynamic = "force-static";

export function GET(): Response {
  return new Response(glossaryToJson(getGlossary()), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": 'attachment; filename="zan-reader-glossary.json"',
    },
  });
}
