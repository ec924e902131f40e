// Reads an editor's input file strictly as UTF-8: a file in another encoding (Windows-1251 from
// an old editor) is reported with the line of its first bad byte, never decoded into U+FFFD.
import { readFileSync, statSync } from "node:fs";
import { makeProblem, type Problem } from "@/lib/problems";
import { decodeUtf8 } from "@/lib/text/utf8";
import { displayPath } from "@/server/content/files";
import { UsageError, type CliContext } from "../glossary-cli/context";

export type InputFile = { path: string; source: string; problem?: undefined } | { path: string; source?: undefined; problem: Problem };

export function readInputFile(ctx: CliContext, file: string): InputFile {
  let bytes: Buffer;
  try {
    if (!statSync(file).isFile()) throw new UsageError(ctx.t("article.noFile", { file }));
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(ctx.t("article.noFile", { file }));
  }
  const shown = displayPath(file);
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    return { path: shown, problem: makeProblem({ file: shown, line: decoded.line, column: 1, field: "", code: "notUtf8", params: { line: decoded.line } }) };
  }
  return { path: shown, source: decoded.text };
}
