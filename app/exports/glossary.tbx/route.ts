// /exports/glossary.tbx: the glossary as TBX-Basic (v3), generated at build time, each term with
// a context sentence from the articles where they have one.
import { contextsFromConcordance } from "@/lib/export/contexts";
import { glossaryToTbx } from "@/lib/export/tbx";
import { getConcordance } from "@/server/concordance";
import { getGlossary, getTermIndex } from "@/server/content";

export const dynamic = "force-static";

export function GET(): Response {
  return new Response(glossaryToTbx(getGlossary(), { contextOf: contextsFromConcordance(getConcordance(), getTermIndex) }), {
    headers: {
      "content-type": "application/x-tbx; charset=utf-8",
      "content-disposition": 'attachment; filename="zan-reader-glossary.tbx"',
    },
  });
}
