// The learner's export file: what is exported reads back the same, a bad file is refused with a
// code and the path of what is wrong, and importing merges without losing anything.
import {
  backupFileName,
  backupJson,
  mergeLearnerData,
  MAX_BACKUP_BYTES,
  MAX_BACKUP_TERMS,
  readBackup,
  type BackupProblem,
} from "@/lib/learner/backup";
import { grade } from "@/lib/learner/schedule";
import type { LearnerData } from "@/lib/learner/types";
import { COURT, DATA, EMPTY, JURY, OLDER_TEXT, TEXT } from "./fixtures";

const NOW = new Date("2026-03-02T10:00:00.000Z");

function problems(json: string): BackupProblem[] {
  const result = readBackup(json);
  if (result.ok) throw new Error("expected the file to be refused");
  return result.problems;
}

/** The export file of DATA, changed by `edit`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests break the file's shape on purpose
type AnyFile = Record<string, any>;
function edited(edit: (file: AnyFile) => void): string {
  const file = JSON.parse(backupJson(DATA, NOW));
  edit(file);
  return JSON.stringify(file);
}

describe("backupJson / readBackup", () => {
  it("writes the format, version and export time beside the data", () => {
    const file = JSON.parse(backupJson(DATA, NOW));
    expect(file).toMatchObject({ format: "zan-reader-learner", version: 1, exportedAt: "2026-03-02T10:00:00.000Z" });
    expect(Object.keys(file)).toEqual(["format", "version", "exportedAt", "terms", "known", "texts", "settings"]);
    expect(backupFileName(NOW)).toBe("zan-reader-learner-2026-03-02.json");
  });

  it("reads back exactly what was exported", () => {
    const graded = { ...JURY, schedule: grade(JURY.schedule, "good", NOW) };
    const data: LearnerData = { ...DATA, terms: [graded, COURT] };
    expect(readBackup(backupJson(data, NOW))).toEqual({ ok: true, data });
    expect(readBackup(backupJson(EMPTY, NOW))).toEqual({ ok: true, data: EMPTY });
  });

  it("keeps fields it does not know rather than dropping them", () => {
    const json = edited((f) => {
      f.terms[0].entry.kk.note = "Заңда екі нұсқа да бар.";
      f.terms[0].note = "my note";
    });
    const result = readBackup(json);
    expect(result.ok && result.data.terms[0]).toMatchObject({ note: "my note", entry: { kk: { note: "Заңда екі нұсқа да бар." } } });
  });

  it("refuses what is not JSON", () => {
    const [p] = problems('{"format": "zan-reader-learner", ');
    expect(p).toMatchObject({ code: "notJson", path: "" });
    expect(p!.detail).toBeTruthy();
  });

  it("refuses JSON that is not a learner file, naming the format found", () => {
    expect(problems("[1, 2]")).toEqual([expect.objectContaining({ code: "wrongFormat" })]);
    expect(problems('{"format": "zan-reader-glossary", "version": 1}')).toEqual([
      expect.objectContaining({ code: "wrongFormat", path: "format", value: "zan-reader-glossary" }),
    ]);
  });

  it("refuses a file of a newer version", () => {
    expect(problems(edited((f) => (f.version = 2)))).toEqual([
      expect.objectContaining({ code: "newerVersion", path: "version", value: 2 }),
    ]);
  });

  it("names the path, the value and the reason of each bad field", () => {
    const found = problems(
      edited((f) => {
        f.terms[1].schedule.due = "next Tuesday";
        delete f.terms[0].form;
        f.terms[0].lang = "de";
        f.texts[1].title = 7;
        f.settings.flashcardScript = "arab";
      }),
    );
    const byPath = Object.fromEntries(found.map((p) => [p.path, p]));
    expect(Object.keys(byPath).sort()).toEqual(["settings.flashcardScript", "terms[0].form", "terms[0].lang", "terms[1].schedule.due", "texts[1].title"]);
    expect(byPath["terms[1].schedule.due"]).toMatchObject({ code: "invalid", reason: "notDate", value: "next Tuesday", pathParts: ["terms", 1, "schedule", "due"] });
    expect(byPath["terms[0].form"]).toMatchObject({ code: "invalid", reason: "missing", value: undefined });
    expect(byPath["terms[0].lang"]).toMatchObject({ reason: "notOneOf", value: "de" });
    expect(byPath["texts[1].title"]).toMatchObject({ reason: "wrongType", value: 7 });
    expect(byPath["settings.flashcardScript"]).toMatchObject({ reason: "notOneOf", value: "arab" });
    for (const p of found) expect(p.detail).toEqual(expect.any(String));
  });

  it("refuses a term twice, and a term whose entry is another", () => {
    expect(problems(edited((f) => f.terms.push(f.terms[0])))).toEqual([
      expect.objectContaining({ code: "invalid", path: "terms[2].termId", reason: "duplicate", value: "jury-trial" }),
    ]);
    expect(problems(edited((f) => (f.terms[1].entry.id = "court")))).toEqual([
      expect.objectContaining({ path: "terms[1].entry.id", reason: "mismatch", value: "court" }),
    ]);
    expect(problems(edited((f) => (f.texts[1].id = f.texts[0].id)))).toEqual([
      expect.objectContaining({ path: "texts[1].id", reason: "duplicate" }),
    ]);
  });

  it("refuses a missing part of the file", () => {
    expect(problems(edited((f) => delete f.known))).toEqual([expect.objectContaining({ path: "known", reason: "missing" })]);
  });

  it("refuses a file over the size limit, naming the limit", () => {
    const padded = edited((f) => (f.texts[0].text = "ә".repeat(MAX_BACKUP_BYTES / 2 + 10)));
    // Fewer characters than the limit, but more bytes of UTF-8.
    expect(padded.length).toBeLessThan(MAX_BACKUP_BYTES);
    expect(problems(padded)).toEqual([{ code: "tooLarge", path: "", pathParts: [], limit: MAX_BACKUP_BYTES }]);
  });

  it("refuses a file with more terms than the limit, naming the limit", () => {
    const json = edited((f) => (f.terms = Array.from({ length: MAX_BACKUP_TERMS + 1 }, () => 0)));
    expect(problems(json)).toEqual([
      expect.objectContaining({ code: "tooManyTerms", path: "terms", value: MAX_BACKUP_TERMS + 1, limit: MAX_BACKUP_TERMS }),
    ]);
  });
});

describe("mergeLearnerData", () => {
  it("keeps everything from both sides", () => {
    const merged = mergeLearnerData(
      { ...EMPTY, terms: [JURY], known: ["court"], texts: [TEXT] },
      { ...EMPTY, terms: [COURT], known: ["judge", "court"], texts: [OLDER_TEXT], settings: DATA.settings },
    );
    expect(merged.terms).toEqual([JURY, COURT]);
    expect(merged.known).toEqual(["court", "judge"]);
    expect(merged.texts).toEqual([TEXT, OLDER_TEXT]);
    expect(merged.settings).toEqual(DATA.settings);
  });

  it("keeps the term reviewed most recently, whichever side it is on", () => {
    const reviewed = { ...JURY, schedule: grade(JURY.schedule, "good", NOW) };
    expect(mergeLearnerData({ ...EMPTY, terms: [reviewed] }, { ...EMPTY, terms: [JURY] }).terms).toEqual([reviewed]);
    expect(mergeLearnerData({ ...EMPTY, terms: [JURY] }, { ...EMPTY, terms: [reviewed] }).terms).toEqual([reviewed]);
    const later = { ...reviewed, schedule: grade(reviewed.schedule, "good", new Date("2026-03-03T10:00:00Z")) };
    expect(mergeLearnerData({ ...EMPTY, terms: [later] }, { ...EMPTY, terms: [reviewed] }).terms).toEqual([later]);
  });

  it("keeps the text changed most recently", () => {
    const renamed = { ...TEXT, title: "Жоғарғы Сот", updatedAt: "2026-03-02T08:00:00.000Z" };
    expect(mergeLearnerData({ ...EMPTY, texts: [renamed] }, { ...EMPTY, texts: [TEXT] }).texts).toEqual([renamed]);
    expect(mergeLearnerData({ ...EMPTY, texts: [TEXT] }, { ...EMPTY, texts: [renamed] }).texts).toEqual([renamed]);
  });
});
