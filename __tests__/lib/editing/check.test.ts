// The form's check is `glossary check` on the file as it would be written, its problems on the
// edited file's own fields, including those the loader reports on the other file of a pair.
import { readFileSync } from "node:fs";
import path from "node:path";
import { checkEntryFile } from "@/lib/editing/check";
import { entryFileText, type EntryData } from "@/lib/editing/entry-file";
import type { SourceFile } from "@/lib/glossary/load";
import { COOPERATION } from "@/__tests__/fixtures/editing-entry";

const FIXTURES = path.join(__dirname, "../../fixtures/glossary/valid");
const glossary: SourceFile[] = ["court", "judge", "supreme-court"].map((id) => ({ path: `glossary/${id}.yaml`, source: readFileSync(path.join(FIXTURES, `${id}.yaml`), "utf8") }));

const entry = (over: Partial<Record<string, unknown>> = {}): EntryData => ({ ...COOPERATION, ...over });

function check(data: EntryData) {
  const id = typeof data.id === "string" && data.id ? data.id : "cooperation";
  const file = { path: `glossary/${id}.yaml`, source: entryFileText(undefined, data) };
  return checkEntryFile(glossary, file, undefined, data).problems.map((p) => `${p.severity} ${p.field} ${p.code}`);
}

describe("checkEntryFile", () => {
  it("finds nothing wrong in a complete draft", () => {
    expect(check(entry())).toEqual([]);
  });

  it("reports a Kazakh term another entry has on the edited entry, whichever file sorts first", () => {
    // a-court.yaml sorts before court.yaml, so the loader calls court.yaml the duplicate.
    expect(check(entry({ id: "a-court", kk: { term: "сот", variants: [] } }))).toContain("error kk.term duplicateTerm");
    expect(check(entry({ id: "zz-court", kk: { term: "сот", variants: [] } }))).toContain("error kk.term duplicateTerm");
  });

  it("reports a term written inflected, with the entry it is a form of", () => {
    expect(check(entry({ kk: { term: "сотқа", variants: [] } }))).toContain("error kk.term notDictionaryForm");
  });

  it("reports a Latin letter in the Kazakh term while other required fields are still empty", () => {
    // "о" of the Latin alphabet in ынтымақтастық; no Russian block and no domain yet.
    const problems = check({ id: "cooperation", status: "draft", domains: [], kk: { term: "ынтымaқтастық" }, en: { term: "cooperation" } });
    expect(problems).toContain("error kk.term latinInKazakh");
    expect(problems).toContain("error domains tooFewItems");
    expect(problems.some((p) => p.startsWith("error ru"))).toBe(true);
  });

  it("reports a Latin letter in the Kazakh term typed first, before the id and the other languages", () => {
    const problems = check({ id: "", status: "draft", domains: [], kk: { term: "ынтымaқтастық", variants: [""] } });
    expect(problems).toContain("error kk.term latinInKazakh");
  });

  it("reports a name another entry has on the edited entry's own name, in its language, whichever file sorts first", () => {
    // judge's Kazakh and Russian terms are both «судья».
    const before = check(entry({ id: "a-judge", kk: { term: "сот судьясы", variants: ["судья"] } }));
    expect(before.filter((p) => p.includes("nameClash"))).toEqual(["error kk.variants.0 nameClash"]);
    const after = check(entry({ id: "zz-judge", ru: { term: "сотрудничество", variants: ["судья"] } }));
    expect(after.filter((p) => p.includes("nameClash"))).toEqual(["error ru.variants.0 nameClash"]);
  });

  it("reports a related id that is no entry, and a reviewed entry without a source", () => {
    const problems = check(entry({ status: "reviewed", related: ["judge", "no-such-entry"] }));
    expect(problems).toContain("error related.1 unknownRelated");
    expect(problems).toContain("error status reviewedNeedsSource");
  });
});
