// /exports/glossary.tbx: the glossary as TBX-Basic, generated at build time.
import { glossaryToTbx } from "@/lib/export/tbx";
import { getGlossary } from "@/server/content";

export const dynamic = "force-static";

export function GET(): Response {
  return new Response(glossaryToTbx(getGlossary()), {
    headers: {
      "content-type": "application/x-tbx; charset=utf-8",
      "content-disposition": 'attachment; filename="zan-reader-glossary.tbx"',
    },
  });
}
