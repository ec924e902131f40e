// Reads and validates the glossary (and the articles) for a command, reporting a missing
// directory as a plain message rather than a stack trace.
import { existsSync, statSync } from "node:fs";
import { loadArticles, type LoadedArticles } from "@/lib/articles/load";
import { loadGlossary, type LoadedGlossary } from "@/lib/glossary/load";
import { readArticleSources, readGlossaryFiles } from "@/server/content/files";
import { ContentFolderError, UsageError, type CliContext } from "./context";

function requireDir(ctx: CliContext, dir: string): void {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(ctx.t("noDirectory", { dir }));
}

/** Reads a folder's files, turning a refusal by the system (permissions) into one plain line. */
function readFolder<T>(ctx: CliContext, dir: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code !== "string") throw error;
    throw new ContentFolderError(ctx.t("unreadableDirectory", { dir, reason: code === "EACCES" ? "permission denied" : code }));
  }
}

export function loadGlossaryDir(ctx: CliContext): LoadedGlossary & { fileCount: number } {
  requireDir(ctx, ctx.glossaryDir);
  const files = readFolder(ctx, ctx.glossaryDir, () => readGlossaryFiles(ctx.glossaryDir));
  if (files.length === 0) throw new ContentFolderError(ctx.t("emptyGlossary", { dir: ctx.glossaryDir }));
  return { ...loadGlossary(files), fileCount: files.length };
}

export function loadArticlesDir(ctx: CliContext): LoadedArticles {
  requireDir(ctx, ctx.articlesDir);
  return loadArticles(readFolder(ctx, ctx.articlesDir, () => readArticleSources(ctx.articlesDir)));
}
