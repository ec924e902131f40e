// /exports/glossary.csv: one row per entry, UTF-8 with a byte order mark, generated at build time.
import { glossaryToCsv } from "@/lib/export/csv";
import { getGlossary } from "@/server/content";

export const dynamic = "force-static";

export function GET(): Response {
  return new Response(glossaryToCsv(getGlossary()), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="zan-reader-glossary.csv"',
    },
  });
}
