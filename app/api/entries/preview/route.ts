// POST /api/entries/preview with an entry as the form holds it: where it would be marked in the
// articles ({occurrences:[{article, lang, paragraph, text, form}]}), the marks it would take from
// other entries (takenFrom), the forms of its term the engine accepts (paradigm), the words that
// begin like it and are not read as it (unmatched), and the problems `glossary check` would
// report in its file. Nothing is written. A body without a version is a new entry (its id must be
// free); with one, the entry of that version. Editing mode only.
import { answer, entryOfBody, gate, jsonBody, translatorOf } from "@/server/editing/api";
import { isEntryId, previewEdited, problemAnswer } from "@/server/editing/entries";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const refused = gate(request);
  if (refused) return refused;
  const body = await jsonBody(request);
  if ("refused" in body) return body.refused;
  const { data, version } = entryOfBody(body.value);
  const t = await translatorOf(request);
  // An id still being typed (or none yet) is checked as the file it names would be; the preview needs one.
  const id = typeof data.id === "string" && isEntryId(data.id) ? data.id : "new-entry";
  const { problems, preview } = previewEdited(id, data, version === null);
  return answer({ ...preview, problems: problems.map((p) => problemAnswer(p, t)) });
}
