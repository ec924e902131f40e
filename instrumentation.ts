// Runs once when the server starts (Next's instrumentation hook): a server whose content is broken
// or missing does not start at all (server/start-check.ts), instead of answering 500 from the API
// and the search while the prerendered pages answer 200.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { checkContentOrExit } = await import("@/server/start-check");
  checkContentOrExit();
}
