// The checks an editor relies on to catch what slips through review: names in Latin letters,
// names that fold to another entry's, fragments of a name cut at a comma, bracketed variant
// lists, related ids naming the entry itself, reviewed entries without a source, abbreviations
// without their full form, names not in dictionary form or not found as themselves — and one
// broken file giving one problem, not a cascade.
import { loadGlossary, type SourceFile } from "@/lib/glossary/load";
import { nameProblems } from "@/lib/glossary/name-checks";
import { namesOf } from "@/lib/glossary/names";
import { entrySchema } from "@/lib/glossary/schema";
import { formatProblem, problemMessage } from "@/lib/problem-messages";
import { cliTranslate } from "@/lib/cli-i18n";
import { type Problem } from "@/lib/problems";

interface Names {
  term: string;
  variants?: string[];
  extra?: string;
}
const block = (names: Names | string, lang: string) => {
  const n = typeof names === "string" ? { term: names } : names;
  const variants = n.variants?.length ? `\n  variants:\n${n.variants.map((v) => `    - ${v}`).join("\n")}` : "";
  return `${lang}:\n  term: ${n.term}${n.extra ?? ""}${variants}\n  definition: ${lang} definition.\n`;
};
function file(id: string, kk: Names | string, ru: Names | string = id, en: Names | string = id, tail = ""): SourceFile {
  const source = `id: ${id}\nstatus: draft\ndomains: [courts]\n${block(kk, "kk")}${block(ru, "ru")}${block(en, "en")}${tail}`;
  return { path: `glossary/${id}.yaml`, source };
}
const codes = (problems: readonly Problem[]) => problems.map((p) => [p.file.replace("glossary/", ""), p.field, p.code, p.severity]);

describe("names in the wrong script or repeated", () => {
  it("finds a Latin look-alike letter inside a Kazakh name and says which Cyrillic letter it stands for", () => {
    const { problems } = loadGlossary([file("state-body", "мемлекеттiк орган")]);
    expect(codes(problems)).toEqual([["state-body.yaml", "kk.term", "latinInKazakh", "error"]]);
    expect(problemMessage(problems[0]!, cliTranslate("en"))).toBe("Kazakh is written in Cyrillic: “i” at character 10 is a Latin letter (the Cyrillic letter is “і”)");
  });

  it("allows a foreign abbreviation as it stands in Kazakh text, not a Kazakh word in Latin letters", () => {
    expect(loadGlossary([file("usaid", { term: "USAID", variants: ["АҚШ Халықаралық даму агенттігі"] })]).problems).toEqual([]);
    expect(codes(loadGlossary([file("court", { term: "sot" })]).problems)).toEqual([["court.yaml", "kk.term", "latinInKazakh", "error"]]);
  });

  it("catches two entries whose names fold to one (a Latin i), which the engine would mark as the first only", () => {
    const { problems } = loadGlossary([file("a-body", { term: "сот органы", variants: ["мемлекеттік орган"] }), file("b-body", "мемлекеттiк орган")]);
    expect(codes(problems)).toContainEqual(["b-body.yaml", "kk.term", "nameClash", "error"]);
  });

  it("lets Мәжіліс (case-sensitive, the chamber) stand beside мәжіліс (a meeting)", () => {
    const chamber = file("mazhilis", { term: "Мәжіліс", extra: "\n  caseSensitive: true" });
    expect(loadGlossary([chamber, file("meeting", "мәжіліс")]).problems).toEqual([]);
    expect(codes(loadGlossary([file("mazhilis", "Мәжіліс"), file("meeting", "мәжіліс")]).problems)).toEqual([["meeting.yaml", "kk.term", "duplicateTerm", "error"]]);
  });

  it("reports a name written twice in one language, but keeps ё and е spellings as two", () => {
    expect(codes(loadGlossary([file("robbery", "тонау", { term: "грабёж", variants: ["грабеж"] })]).problems)).toEqual([]);
    expect(codes(loadGlossary([file("robbery", "тонау", { term: "грабёж", variants: ["Грабёж"] })]).problems)).toEqual([
      ["robbery.yaml", "ru.variants.0", "repeatedName", "error"],
    ]);
  });
});

describe("variants", () => {
  it("refuses a bracketed variant list: a comma inside a long name would split it", () => {
    const source = file("aarhus", "Орхус конвенциясы").source.replace("kk:\n  term: Орхус конвенциясы\n", "kk:\n  term: Орхус конвенциясы\n  variants: [ОК]\n");
    const { problems, entries } = loadGlossary([{ path: "glossary/aarhus.yaml", source }]);
    expect(codes(problems)).toEqual([["aarhus.yaml", "kk.variants", "flowVariants", "error"]]);
    expect(entries.map((e) => e.id)).toEqual(["aarhus"]);
  });

  it("reports a variant that is a piece of another name of the entry, cut at a comma", () => {
    const ru = { term: "Орхусская конвенция", variants: ["Конвенция о доступе к правосудию по вопросам, касающимся окружающей среды", "касающимся окружающей среды"] };
    const { problems } = loadGlossary([file("aarhus", "Орхус конвенциясы", ru)]);
    expect(codes(problems)).toEqual([["aarhus.yaml", "ru.variants.1", "fragmentVariant", "error"]]);
  });

  it("reads a variant written as a mapping, with its usage status, type and note", () => {
    const kk = { term: "Қылмыстық-процестік кодекс", variants: ["term: ҚПК\n      type: abbreviation", "term: ҚІЖК\n      status: deprecated\n      note: 1997 жылғы кодекстің қысқартылған атауы."] };
    const { entries, problems } = loadGlossary([file("criminal-procedure-code", kk)]);
    expect(problems).toEqual([]);
    expect(entries[0]!.kk.variants).toEqual(["ҚПК", "ҚІЖК"]);
    expect(namesOf(entries[0]!.kk).map((n) => [n.text, n.usage, n.type, n.fullForm])).toEqual([
      ["Қылмыстық-процестік кодекс", "preferred", "fullForm", undefined],
      ["ҚПК", "admitted", "abbreviation", "Қылмыстық-процестік кодекс"],
      ["ҚІЖК", "deprecated", "abbreviation", "Қылмыстық-процестік кодекс"],
    ]);
  });

  it("names the unknown field of a variant mapping", () => {
    const { problems } = loadGlossary([file("code", { term: "кодекс", variants: ["term: ҚПК\n      kind: abbreviation"] })]);
    expect(codes(problems)).toEqual([["code.yaml", "kk.variants.0.kind", "unknownField", "error"]]);
  });

  it("requires an abbreviation term to have its full form among the names", () => {
    expect(codes(loadGlossary([file("un", "БҰҰ", "ООН", "UN")]).problems)).toEqual([
      ["un.yaml", "kk.term", "noFullForm", "error"],
      ["un.yaml", "ru.term", "noFullForm", "error"],
      ["un.yaml", "en.term", "noFullForm", "error"],
    ]);
    const full = file("un", { term: "БҰҰ", variants: ["Біріккен Ұлттар Ұйымы"] }, { term: "ООН", variants: ["Организация Объединённых Наций"] }, { term: "UN", variants: ["United Nations"] });
    const { entries, problems } = loadGlossary([full]);
    expect(problems).toEqual([]);
    expect(namesOf(entries[0]!.kk)[0]).toEqual(expect.objectContaining({ type: "abbreviation", pos: "properNoun", fullForm: "Біріккен Ұлттар Ұйымы" }));
  });
});

describe("entry-level rules", () => {
  it("reports related naming the entry itself, and an unknown related id, as errors", () => {
    const { problems } = loadGlossary([file("court", "сот", "суд", "court", "related: [court, tribunal]\n")]);
    expect(codes(problems)).toEqual([
      ["court.yaml", "related.0", "relatedSelf", "error"],
      ["court.yaml", "related.1", "unknownRelated", "error"],
    ]);
  });

  it("requires a reviewed entry to name a source, keeping the entry", () => {
    const reviewed = file("court", "сот");
    reviewed.source = reviewed.source.replace("status: draft", "status: reviewed");
    const { problems, entries } = loadGlossary([reviewed]);
    expect(codes(problems)).toEqual([["court.yaml", "status", "reviewedNeedsSource", "error"]]);
    expect(entries).toHaveLength(1);
    reviewed.source += "sources:\n  - Конституция Республики Казахстан\n";
    expect(loadGlossary([reviewed]).problems).toEqual([]);
  });
});

describe("one broken file, one problem", () => {
  it("gives a file indented with a tab one error, counting what the parser met after it", () => {
    const source = "id: court\nstatus: draft\ndomains: [courts]\nkk:\n\tterm: сот\n\tdefinition: x\nru:\n\tterm: суд\nen:\n  term: court\n";
    const { problems } = loadGlossary([{ path: "glossary/court.yaml", source }]);
    expect(problems).toHaveLength(1);
    expect(formatProblem(problems[0]!, cliTranslate("en"))).toMatch(/^glossary\/court\.yaml:5:1  error  -  YAML syntax error: tabs cannot be used for indentation, use spaces \(and \d+ more syntax errors? after it, likely caused by this one\)$/);
  });

  it("does not report the entries that refer to a broken file as naming no entry", () => {
    const broken = { path: "glossary/judge.yaml", source: "id: judge\nstatus: [draft\n" };
    const { problems } = loadGlossary([file("court", "сот", "суд", "court", "related: [judge]\n"), broken]);
    expect(codes(problems)).toEqual([["judge.yaml", "", "yamlSyntax", "error"]]);
  });
});

describe("names read with the engine", () => {
  const load = (...files: SourceFile[]) => {
    const glossary = loadGlossary(files);
    expect(glossary.problems.filter((p) => p.severity === "error")).toEqual([]);
    return nameProblems(glossary);
  };

  it("reports an inflected variant (сотының) as not in dictionary form, with its grammar", () => {
    const problems = load(file("court", { term: "сот", variants: ["сотының"] }));
    expect(codes(problems)).toEqual([["court.yaml", "kk.variants.0", "notDictionaryForm", "error"]]);
    expect(problemMessage(problems[0]!, cliTranslate("en"))).toBe("“сотының” reads as an inflected form of “сот”, a name of this entry: сот + ы (poss3) + ның (genitive); write names in dictionary form");
  });

  it("reports a compound whose first word stands in the genitive when the bare compound is a name", () => {
    const problems = load(file("court-decision", { term: "сот шешімі", variants: ["соттың шешімі"] }));
    expect(codes(problems)).toEqual([["court-decision.yaml", "kk.variants.0", "notDictionaryForm", "error"]]);
  });

  it("reports a name that reads as another entry's name inflected", () => {
    const problems = load(file("court", "сот"), file("courts", "соттар", "суды", "courts"));
    // The English "courts" is "court" (the other entry's English term) in the plural, too.
    expect(codes(problems)).toEqual([
      ["courts.yaml", "kk.term", "notDictionaryForm", "error"],
      ["courts.yaml", "en.term", "notDictionaryForm", "error"],
    ]);
    expect(problems[0]!.params).toEqual(expect.objectContaining({ base: "сот", other: "court", sameEntry: "no" }));
  });

  it("accepts a compound written with and without the possessive, and a plural preferred term", () => {
    expect(load(file("statement-of-claim", { term: "талап арызы", variants: ["талап арыз"] }))).toEqual([]);
    expect(load(file("human-rights", { term: "адам құқықтары", variants: ["адам құқығы"] }))).toEqual([]);
  });

  it("finds names with commas and brackets inside them as themselves", () => {
    const ru = { term: "упрощённое (письменное) производство", variants: ["производство, упрощённое по форме"] };
    expect(load(file("simplified-proceedings", "оңайлатылған (жазбаша) іс жүргізу", ru, "simplified (written) proceedings"))).toEqual([]);
  });
});

describe("term-level data in the schema", () => {
  it("fills in what a name leaves out by written rules, and keeps what it says", () => {
    const entry = entrySchema.parse({
      id: "x", status: "draft", domains: ["courts"],
      kk: { term: "айыпты деп тану", pos: "verb", type: "phrase", variants: ["ҚР", { term: "Мәжіліс", caseSensitive: true, pos: "noun" }] },
      ru: { term: "суд" }, en: { term: "court" },
    });
    expect(namesOf(entry.kk).map((n) => [n.text, n.usage, n.type, n.pos, n.caseSensitive])).toEqual([
      ["айыпты деп тану", "preferred", "phrase", "verb", false],
      ["ҚР", "admitted", "abbreviation", "properNoun", false],
      ["Мәжіліс", "admitted", "fullForm", "noun", true],
    ]);
  });
});
