// The editing pages' gate: a 404 unless the server runs in editing mode and the page was asked
// for by a loopback name (server/editing/mode.ts); "locked" when the request has no key (the
// page then says how to open editing with the link npm run edit printed).
import "server-only";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { editingEnabled, isEditKey, isLoopbackHost, requestKey } from "@/server/editing/mode";

export async function editingPageOr404(): Promise<"open" | "locked"> {
  if (!editingEnabled()) notFound();
  const asked = await headers();
  if (!isLoopbackHost(asked.get("host"))) notFound();
  return isEditKey(requestKey(asked)) ? "open" : "locked";
}
