// GET /api/entries/{id}: the entry file as JSON (its own shape) with its version.
// PUT /api/entries/{id} with an entry (and the version it was loaded at, for an existing one):
// 201 new or 200 changed, the file written; 422 {problems} and nothing written; 409 on a stale
// version. Editing mode only (server/editing/mode.ts): a 404 without ZAN_EDIT=1.
import { answer, entryOfBody, gate, jsonBody, translatorOf } from "@/server/editing/api";
import { isEntryId, problemAnswer, readEntry, saveEntry } from "@/server/editing/entries";

type Context = { params: Promise<{ id: string }> };

export const dynamic = "force-dynamic";

export async function GET(request: Request, context: Context): Promise<Response> {
  const refused = gate(request);
  if (refused) return refused;
  const { id } = await context.params;
  const entry = readEntry(id);
  if (!entry) return answer({ error: `There is no entry ${id} (glossary/${id}.yaml).` }, 404);
  return answer({ ...entry.data, version: entry.version }, 200, { etag: `"${entry.version}"` });
}

export async function PUT(request: Request, context: Context): Promise<Response> {
  const refused = gate(request);
  if (refused) return refused;
  const { id } = await context.params;
  const t = await translatorOf(request);
  if (!isEntryId(id)) {
    return answer({ problems: [{ field: "id", message: t("Problem.idFormat", {}), severity: "error", code: "idFormat", params: {}, line: 1 }] }, 422);
  }
  const body = await jsonBody(request);
  if ("refused" in body) return body.refused;
  const { data, version } = entryOfBody(body.value);
  if (version === "invalid") return answer({ error: "version must be the string GET gave, or null for a new entry." }, 400);
  // The If-Match header may carry the version instead (as GET's ETag gives it).
  const ifMatch = request.headers.get("if-match")?.replace(/^W\//, "").replace(/"/g, "") ?? null;
  const result = saveEntry(id, data, version ?? ifMatch);
  if (result.status === 409) return answer({ error: result.error, version: result.version }, 409);
  if (result.status === 422) return answer({ problems: result.problems.map((p) => problemAnswer(p, t)) }, 422);
  return answer({ id, version: result.version, problems: result.problems.map((p) => problemAnswer(p, t)) }, result.status, { etag: `"${result.version}"` });
}
