// The server's start: the content is read and checked before the first request (see
// instrumentation.ts). On broken or missing content it prints every problem with file, line and
// field, as the build does, and the process ends; in editing mode (npm run edit) it prints them
// and goes on, since the editor fixes the files with the server running (an article being added
// is checked at /{locale}/articles/check/{slug}).
import { ContentError, readArticles, readGlossary } from "@/server/content/loaded";
import { editingEnabled } from "@/server/editing/mode";

export function checkContentOrExit(): void {
  try {
    if (readGlossary().length === 0) throw new Error("The glossary has no entries (glossary/*.yaml).");
    readArticles();
  } catch (error) {
    console.error(error instanceof ContentError ? error.message : `The content could not be read: ${(error as Error).message}`);
    if (editingEnabled()) {
      console.error("Editing mode goes on: the pages that need this content show the error until the files are fixed.");
      return;
    }
    console.error("The server does not start on broken content; fix it and build again (npm run build).");
    process.exit(1);
  }
}
