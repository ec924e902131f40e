// Reads and validates the glossary (and the articles) for a command, reporting a missing
// directory as a plain message rather than a stack trace.
import { existsSync, statSync } from "node:fs";
import { loadArticles, type LoadedArticles } from "@/lib/articles/load";
import { loadGlossary, type LoadedGlossary } from "@/lib/glossary/load";
import { readArticleSources, readGlossaryFiles } from "@/server/files";
import { UsageError, type CliContext } from "./context";

function requireDir(ctx: CliContext, dir: string): void {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(ctx.t("noDirectory", { dir }));
}

export function loadGlossaryDir(ctx: CliContext): LoadedGlossary & { fileCount: number } {
  requireDir(ctx, ctx.glossaryDir);
  const files = readGlossaryFiles(ctx.glossaryDir);
  return { ...loadGlossary(files), fileCount: files.length };
}

export function loadArticlesDir(ctx: CliContext): LoadedArticles {
  requireDir(ctx, ctx.articlesDir);
  return loadArticles(readArticleSources(ctx.articlesDir));
}
