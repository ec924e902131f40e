import { enForms } from "@/lib/morphology/en";

const forms = (word: string) => enForms(word).map((f) => f.form);

describe("English forms", () => {
  it.each([
    ["court", ["courts", "court's", "courts'"]],
    ["judiciary", ["judiciaries", "judiciary's", "judiciaries'"]],
    ["witness", ["witnesses", "witness's", "witness'", "witnesses'"]],
    ["day", ["days"]],
  ])("inflects %s", (word, expected) => {
    expect(forms(word)).toEqual(expect.arrayContaining(expected));
  });

  it("does not make -ies plurals after a vowel", () => {
    expect(forms("day")).not.toContain("daies");
  });
});
