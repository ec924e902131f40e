// The editing pages' gate: a 404 unless the server runs in editing mode and the page was asked
// for by a loopback name (server/editing/mode.ts).
import "server-only";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { editingEnabled, isLoopbackHost } from "@/server/editing/mode";

export async function editingPageOr404(): Promise<void> {
  if (!editingEnabled()) notFound();
  if (!isLoopbackHost((await headers()).get("host"))) notFound();
}
