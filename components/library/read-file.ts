// Reads a text file the reader opens on the annotate page, in the browser (nothing is uploaded):
// only .txt and .md files, no longer than the page accepts, and in UTF-8 — a file in a legacy
// encoding decodes with replacement characters (U+FFFD) and would show garbled letters, so it is
// refused with its name and the reason rather than marked.

export const TEXT_FILE_EXTENSIONS = [".txt", ".md"] as const;

export type FileProblem =
  | { code: "fileType"; name: string }
  | { code: "fileTooLong"; name: string; length: number; max: number }
  /** So large it cannot fit whatever its letters (more bytes than the limit's characters can take). */
  | { code: "fileTooLarge"; name: string; max: number }
  | { code: "fileNotUtf8"; name: string }
  | { code: "fileUnreadable"; name: string };

export type ReadFileResult = { ok: true; name: string; text: string } | { ok: false; problem: FileProblem };

/** The bytes a text of `max` characters can take at most in UTF-8 (4 per character). */
const maxBytes = (max: number) => max * 4;

export async function readTextFile(file: File, max: number): Promise<ReadFileResult> {
  const name = file.name;
  const lower = name.toLowerCase();
  if (!TEXT_FILE_EXTENSIONS.some((ext) => lower.endsWith(ext))) return { ok: false, problem: { code: "fileType", name } };
  // A file that could not fit whatever its letters is not read into memory at all.
  if (file.size > maxBytes(max)) return { ok: false, problem: { code: "fileTooLarge", name, max } };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, problem: { code: "fileUnreadable", name } };
  }
  if (text.includes("\uFFFD")) return { ok: false, problem: { code: "fileNotUtf8", name } };
  if (text.length > max) return { ok: false, problem: { code: "fileTooLong", name, length: text.length, max } };
  return { ok: true, name, text };
}
