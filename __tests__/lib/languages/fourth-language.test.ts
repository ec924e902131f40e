// A fourth content language added the way a new one would be: a descriptor (Esperanto, in the
// fixture) and a glossary with its blocks. Nothing in the engine, the schema, the exports, the
// search index, the aligned concordance or the reader's script is edited; each takes the list
// of languages.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { XMLParser } from "fast-xml-parser";
import { annotate, buildTermIndex } from "@/lib/annotate";
import { glossaryToCsv } from "@/lib/export/csv";
import { glossaryToJson } from "@/lib/export/json";
import { glossaryToTbx } from "@/lib/export/tbx";
import { entryJsonSchema } from "@/lib/glossary/json-schema";
import { loadGlossary, type SourceFile } from "@/lib/glossary/load";
import { showIn } from "@/components/term/kazakh-script";
import { buildAlignedConcordance } from "@/lib/concordance/aligned";
import { CONTENT_LANGUAGES, LANGS, WRITINGS, type ContentLanguage } from "@/lib/languages";
import { kazakh } from "@/lib/languages/kk";
import type { Problem } from "@/lib/problems";
import { buildSearchIndex, searchGlossary } from "@/lib/search";
import { esperanto } from "../../fixtures/fourth-language/esperanto";

const FIXTURE = path.resolve(__dirname, "../../fixtures/fourth-language");
const FOUR = [...LANGS, "eo"] as const;
type Four = (typeof FOUR)[number];
const DESCRIBED = [...CONTENT_LANGUAGES, esperanto];

const filesIn = (folder: string): SourceFile[] =>
  readdirSync(path.join(FIXTURE, folder))
    .sort()
    .map((name) => ({ path: `${folder}/${name}`, source: readFileSync(path.join(FIXTURE, folder, name), "utf8") }));

const glossary = loadGlossary(filesIn("glossary"), FOUR);
const errors = (problems: readonly Problem[]) => problems.filter((p) => p.severity === "error");

describe("a glossary with a fourth content language", () => {
  it("is valid under the schema generated for the four languages", () => {
    expect(errors(glossary.problems)).toEqual([]);
    expect(glossary.entries.map((e) => [e.id, e.eo.term])).toEqual([
      ["court", "tribunalo"],
      ["juror", "ĵuriano"],
      ["supreme-court", "supera tribunalo"],
    ]);
    expect(glossary.entries[0]!.eo.variants).toEqual(["juĝejo"]);
  });

  it("is refused by the built-in schema, which has no block for it", () => {
    const problems = errors(loadGlossary(filesIn("glossary")).problems);
    expect(problems.map((p) => [p.file, p.line, p.field])).toEqual([
      ["glossary/court.yaml", 13, "eo"],
      ["glossary/juror.yaml", 13, "eo"],
      ["glossary/supreme-court.yaml", 13, "eo"],
    ]);
  });

  it("reports an entry without the fourth language's term with its file, line and field", () => {
    const problems = errors(loadGlossary(filesIn("broken"), FOUR).problems);
    expect(problems.map((p) => [p.file, p.line, p.field])).toEqual([["broken/judge.yaml", 10, "eo.term"]]);
  });

  it("needs the Kazakh original among the languages", () => {
    expect(() => loadGlossary(filesIn("glossary"), ["ru", "en", "eo"] as never)).toThrow(/must include the original, kk/);
  });

  it("gets a block in the JSON Schema for editors, required like the others", () => {
    const schema = JSON.parse(entryJsonSchema(FOUR)) as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(["$schema", "id", "status", "domains", "kk", "ru", "en", "eo", "sources", "related"]);
    expect(schema.required).toContain("eo");
    expect(Object.keys((JSON.parse(entryJsonSchema()) as typeof schema).properties)).not.toContain("eo");
  });
});

describe("the term engine in the fourth language", () => {
  const index = buildTermIndex(glossary.entries, "eo", DESCRIBED);
  const text = "La superajn tribunalojn kontrolas la tribunalo; la ĵurianoj sidas en juĝejoj.";
  const spans = annotate(text, index);

  it("finds its terms in a text of that language, inflected by its rule, longest term first", () => {
    expect(spans.map((s) => [s.text, s.termId])).toEqual([
      ["superajn tribunalojn", "supreme-court"],
      ["tribunalo", "court"],
      ["ĵurianoj", "juror"],
      ["juĝejoj", "court"],
    ]);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("gives the grammar of the inflected word as the descriptor tagged it", () => {
    expect(spans[0]!.analysis).toEqual({ lemma: "tribunalo", stem: "tribunalo", suffixes: [{ form: "j", tag: "plural" }, { form: "n", tag: "case" }] });
    expect(spans[2]!.analysis).toEqual({ lemma: "ĵuriano", stem: "ĵuriano", suffixes: [{ form: "j", tag: "plural" }] });
  });

  it("does not match what its rule does not make", () => {
    expect(annotate("tribunaloj tribunalojj tribunal superan tribunalojn", index).map((s) => s.text)).toEqual(["tribunaloj", "superan tribunalojn"]);
  });

  it("is refused with a clear error when the language has no descriptor", () => {
    expect(() => buildTermIndex(glossary.entries, "eo")).toThrow('no content language "eo": the languages described are kk, ru, en (lib/languages)');
  });
});

describe("the exports with the fourth language", () => {
  it("give it four CSV columns after English's", () => {
    const csv = glossaryToCsv(glossary.entries, { langs: FOUR });
    const [header] = parse(csv, { bom: true, to: 1 }) as string[][];
    expect(header!.slice(header!.indexOf("en_note") + 1, header!.indexOf("sources"))).toEqual(["eo_term", "eo_variants", "eo_definition", "eo_note"]);
    const [court] = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect([court!.eo_term, court!.eo_variants, court!.eo_definition]).toEqual(["tribunalo", "juĝejo", "Ŝtata organo, kiu juĝas kazojn laŭ la leĝo."]);
  });

  it("give it a TBX language section with its terms and cross references", () => {
    const xml = glossaryToTbx(glossary.entries, { langs: FOUR });
    const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["conceptEntry", "langSec", "termSec", "ref"].includes(name) }).parse(xml);
    const court = parsed.tbx.text.body.conceptEntry.find((c: { "@_id": string }) => c["@_id"] === "court");
    const langSecs = court.langSec as { "@_xml:lang": string; termSec: { term: { "#text": string } }[]; ref: { "#text": string }[] }[];
    expect(langSecs.map((l) => l["@_xml:lang"])).toEqual(["kk", "ru", "en", "eo"]);
    const eo = langSecs[3]!;
    expect(eo.termSec.map((t) => t.term["#text"])).toEqual(["tribunalo", "juĝejo"]);
    expect(eo.ref.map((r) => r["#text"])).toEqual(["supera tribunalo"]);
  });

  it("give it a JSON block between English and the sources", () => {
    const [court] = JSON.parse(glossaryToJson(glossary.entries, { langs: FOUR })) as Record<string, unknown>[];
    expect(Object.keys(court!)).toEqual(["id", "status", "domains", "kk", "ru", "en", "eo", "sources", "related"]);
    expect(court!.eo).toMatchObject({ term: "tribunalo", variants: ["juĝejo"], definition: "Ŝtata organo, kiu juĝas kazojn laŭ la leĝo." });
  });
});

describe("the search index with the fourth language", () => {
  type Entry = Parameters<typeof buildSearchIndex>[0][number];
  const entries = glossary.entries as unknown as Entry[];
  const indexes = Object.fromEntries(FOUR.map((lang) => [lang, buildTermIndex(glossary.entries, lang, DESCRIBED)]));
  const findSpans = (text: string, lang: string) => annotate(text, indexes[lang]!);
  const search = (query: string, languages: readonly ContentLanguage<string>[] = DESCRIBED) =>
    searchGlossary(buildSearchIndex(entries, findSpans, languages), query).map((r) => [r.entry.id, r.kind, r.matched]);

  it("files its terms and variants, so a query in it finds them", () => {
    expect(search("tribunalo")).toEqual([["court", "exact", "tribunalo"], ["supreme-court", "word", "supera tribunalo"]]);
    expect(search("juĝejo")).toEqual([["court", "exact", "juĝejo"]]);
    expect(search("jugejo")).toEqual([["court", "exact", "juĝejo"]]);
    expect(search("supera trib")).toEqual([["supreme-court", "prefix", "supera tribunalo"]]);
  });

  it("files nothing of it when the list has no descriptor for it", () => {
    expect(search("tribunalo", CONTENT_LANGUAGES)).toEqual([]);
    expect(search("ĵuriano", CONTENT_LANGUAGES)).toEqual([]);
  });

  it("files the original's names in its transliteration and loose typing, as its descriptor says", () => {
    expect(search("Jogargy sot")).toEqual([["supreme-court", "exact", "Жоғарғы Сот"]]);
    expect(search("жогаргы сот")[0]).toEqual(["supreme-court", "exact", "Жоғарғы Сот"]);
    expect(search("zhogargy sot")[0]).toEqual(["supreme-court", "exact", "Жоғарғы Сот"]);
    // Without loose typing the Russian-keyboard and romanised spellings find nothing; without a
    // transliteration, neither does the Latin one.
    const strict = [{ ...kazakh, looseTyping: undefined }, ...DESCRIBED.slice(1)];
    const found = (query: string, languages: readonly ContentLanguage<string>[]) => search(query, languages).map(([id]) => id);
    expect(found("жогаргы сот", strict)).not.toContain("supreme-court");
    expect(found("zhogargy sot", strict)).not.toContain("supreme-court");
    expect(search("Jogargy sot", strict)[0]).toEqual(["supreme-court", "exact", "Жоғарғы Сот"]);
    expect(found("Jogargy sot", [{ ...strict[0]!, transliteration: undefined }, ...DESCRIBED.slice(1)])).not.toContain("supreme-court");
  });
});

describe("the aligned concordance with the fourth language", () => {
  const indexes = Object.fromEntries(FOUR.map((lang) => [lang, buildTermIndex(glossary.entries, lang, DESCRIBED)]));
  const findSpans = (text: string, lang: string) => annotate(text, indexes[lang]!);
  const paragraphs = (...texts: string[]) => ({ paragraphs: texts.map((text, index) => ({ index, text })) });
  const article = {
    slug: "four",
    kk: paragraphs("Іс сотта қаралды.", "Алқабилер отырды."),
    ru: paragraphs("Дело рассмотрено судом.", "Присяжные заседатели сидели."),
    en: paragraphs("The case was heard by the court.", "The jurors sat."),
    eo: paragraphs("La kazon juĝis la tribunalo.", "La ĵurianoj sidis."),
  };
  const marked = (excerpt: { runs: { text: string; marked: boolean }[] } | null) => excerpt?.runs.filter((r) => r.marked).map((r) => r.text) ?? null;

  it("gives each occurrence an excerpt in every language of the list, the term marked in each", () => {
    const triples = buildAlignedConcordance<Four>([article], findSpans, DESCRIBED);
    const [court] = triples.get("court")!;
    expect(court).toMatchObject({ slug: "four", paragraph: 1, form: "сотта" });
    expect([marked(court!.kk), marked(court!.ru), marked(court!.en), marked(court!.eo)]).toEqual([["сотта"], ["судом"], ["court"], ["tribunalo"]]);
    const [juror] = triples.get("juror")!;
    expect(juror!.paragraph).toBe(2);
    expect(marked(juror!.eo)).toEqual(["ĵurianoj"]);
  });

  it("keeps a triple to the three languages when the list is the built-in one", () => {
    const [court] = buildAlignedConcordance<Four>([article], findSpans).get("court")!;
    expect(Object.keys(court!)).toEqual(["termId", "slug", "paragraph", "form", "kk", "ru", "en"]);
  });

  it("needs the original among the languages", () => {
    expect(() => buildAlignedConcordance<Four>([article], findSpans, DESCRIBED.slice(1))).toThrow(/must include the original, kk/);
  });
});

describe("the reader's script with the fourth language", () => {
  const writings = [...WRITINGS, esperanto];

  it("shows it as written, tagged with its code, in either script", () => {
    for (const script of ["cyrl", "latn"] as const) {
      const { show, tag } = showIn(script, "eo", writings);
      expect([show("ĵuriano"), tag]).toEqual(["ĵuriano", "eo"]);
    }
  });

  it("shows in Latin letters whichever language has a Latin transliteration, and only when asked", () => {
    expect(showIn("latn", "kk").show("Жоғарғы Сот")).toBe("Joğarğy Sot");
    expect(showIn("latn", "kk").tag).toBe("kk-Latn");
    expect(showIn("cyrl", "kk").tag).toBe("kk");
    expect(showIn("latn", "ru").show("суд")).toBe("суд");
    const cyrillicEo = { ...esperanto, script: "Cyrl" as const, transliteration: { script: "Latn" as const, tag: "eo-Latn", write: (t: string) => t.replace(/ю/g, "ju").replace(/р/g, "r").replace(/о/g, "o") } };
    expect([showIn("latn", "eo", [...WRITINGS, cyrillicEo]).show("юро"), showIn("latn", "eo", [...WRITINGS, cyrillicEo]).tag]).toEqual(["juro", "eo-Latn"]);
    const noKkLatin = writings.map((w) => (w.code === "kk" ? { code: w.code, script: w.script } : w));
    expect(showIn("latn", "kk", noKkLatin).show("сот")).toBe("сот");
  });

  it("reads the same writing as the full descriptors", () => {
    expect(WRITINGS).toEqual(CONTENT_LANGUAGES.map(({ code, script, transliteration }) => ({ code, script, ...(transliteration ? { transliteration } : {}) })));
  });
});
