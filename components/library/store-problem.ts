// The message for a failed write to the reader's library: the browser's storage is full
// (LearnerStoreError's code "full"), or it failed some other way.

export function storeProblem(error: unknown, t: (key: "full" | "saveFailed") => string): string {
  const code = error instanceof Error && "code" in error ? (error as { code: unknown }).code : null;
  return code === "full" ? t("full") : t("saveFailed");
}
