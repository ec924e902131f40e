// The server's start: the content is read and checked before the first request (see
// instrumentation.ts). On broken or missing content it prints every problem with file, line and
// field, as the build does, and the process ends.
import { ContentError, readArticles, readGlossary } from "@/server/content-source";

export function checkContentOrExit(): void {
  try {
    if (readGlossary().length === 0) throw new Error("The glossary has no entries (glossary/*.yaml).");
    readArticles();
  } catch (error) {
    console.error(error instanceof ContentError ? error.message : `The content could not be read: ${(error as Error).message}`);
    console.error("The server does not start on broken content; fix it and build again (npm run build).");
    process.exit(1);
  }
}
