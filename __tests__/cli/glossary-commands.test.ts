// `glossary new`, `export`, `coverage` and `candidates` in temporary copies of a small glossary.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { removeWorkspaces, runGlossary as run, workspace } from "./workspace";

jest.setTimeout(60_000);
afterEach(removeWorkspaces);

/** Every file of the glossary folder with its content, to prove nothing changed. */
const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(path.join(dir, "glossary"))
      .sort()
      .map((name) => [name, readFileSync(path.join(dir, "glossary", name), "utf8")]),
  );

describe("glossary new", () => {
  it("refuses a Kazakh term that exists (in any case), changing nothing", () => {
    const dir = workspace();
    const before = snapshot(dir);
    const result = run(dir, ["new", "--kk", "СОТ", "--ru", "суд", "--en", "Court of law", "--lang", "en"]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe("Nothing written: the Kazakh term “СОТ” already exists (glossary/court.yaml).");
    expect(snapshot(dir)).toEqual(before);
  });

  it("refuses an id that exists, changing nothing, in Kazakh", () => {
    const dir = workspace();
    const before = snapshot(dir);
    const result = run(dir, ["new", "--kk", "сот органы", "--ru", "суд", "--en", "Court", "--lang", "kk"]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe("Ештеңе жазылмады: «court» идентификаторлы жазба бұрыннан бар (glossary/court.yaml).");
    expect(snapshot(dir)).toEqual(before);
  });

  it("refuses a Kazakh term in an inflected form or in Latin letters, saying why as check would", () => {
    const dir = workspace();
    const before = snapshot(dir);
    const inflected = run(dir, ["new", "--kk", "сотының", "--ru", "суда", "--en", "Of the court", "--lang", "en"]);
    expect(inflected.status).toBe(1);
    expect(inflected.stderr).toContain("glossary/of-the-court.yaml:6:3  error  kk.term  “сотының” reads as an inflected form of “сот” (entry “court”): сот + ы (poss3) + ның (genitive); write names in dictionary form");
    expect(inflected.stderr).toContain("Nothing written: the new entry would have 2 errors (above).");
    const latin = run(dir, ["new", "--kk", "мемлекеттiк орган", "--ru", "государственный орган", "--en", "State body", "--lang", "en"]);
    expect(latin.status).toBe(1);
    expect(latin.stderr).toContain("kk.term  Kazakh is written in Cyrillic: “i” at character 10 is a Latin letter (the Cyrillic letter is “і”)");
    expect(snapshot(dir)).toEqual(before);
  });

  it("writes a draft named by the English term that passes check", () => {
    const dir = workspace();
    const result = run(dir, [
      "new", "--kk", "алқабилер соты", "--ru", "суд присяжных", "--en", "Jury Trial",
      "--domain", "courts", "--domain", "procedure", "--lang", "en",
    ]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Created glossary/jury-trial.yaml");
    const written = readFileSync(path.join(dir, "glossary/jury-trial.yaml"), "utf8");
    expect(written.split("\n").slice(0, 6)).toEqual([
      "# yaml-language-server: $schema=./schema.json",
      "id: jury-trial",
      "status: draft",
      "domains: [courts, procedure]",
      "kk:",
      "  term: алқабилер соты",
    ]);

    const check = run(dir, ["check", "--lang", "en"]);
    expect(check.status).toBe(0);
    expect(check.stderr).toMatch(/^0 errors, \d+ warnings\.$/m);
    expect(check.stdout).toContain("glossary/jury-trial.yaml:5:1  warning  kk  no definition in Kazakh");
  });

  it("refuses an unknown domain with exit code 2, writing nothing", () => {
    const dir = workspace();
    const before = snapshot(dir);
    const result = run(dir, ["new", "--kk", "медиация", "--ru", "медиация", "--en", "mediation", "--domain", "courtz"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Unknown domain “courtz”");
    expect(snapshot(dir)).toEqual(before);
  });
});

describe("glossary export", () => {
  it("prints the glossary as a JSON array in the command-line contract's shape", () => {
    const result = run(workspace(), ["export", "--format", "json"]);
    expect(result.status).toBe(0);
    const entries: unknown = JSON.parse(result.stdout);
    expect(Array.isArray(entries)).toBe(true);
    expect(entries).toEqual([
      expect.objectContaining({
        id: "court",
        status: "reviewed",
        domains: ["courts"],
        kk: expect.objectContaining({ term: "сот", variants: [], definition: "Сот төрелігін жүзеге асыратын мемлекеттік орган." }),
        ru: expect.objectContaining({ term: "суд", variants: [], definition: "Государственный орган, осуществляющий правосудие." }),
        en: expect.objectContaining({ term: "court", variants: [], definition: "A state body that administers justice." }),
      }),
      expect.objectContaining({ id: "judge" }),
      expect.objectContaining({ id: "supreme-court", kk: expect.objectContaining({ term: "Жоғарғы сот", variants: ["ЖС"], definition: null }) }),
    ]);
  });

  it("prints TBX and CSV", () => {
    const dir = workspace();
    const tbx = run(dir, ["export", "--format", "tbx"]);
    expect(tbx.status).toBe(0);
    expect(tbx.stdout).toContain('<conceptEntry id="supreme-court">');
    const csv = run(dir, ["export", "--format", "csv"]);
    expect(csv.status).toBe(0);
    expect(csv.stdout.split("\n")).toHaveLength(5); // header, 3 rows, final line break
  });

  it("prints TBX v2 (martif) with --tbx-version 2, with context sentences from the articles", () => {
    const dir = workspace();
    const v2 = run(dir, ["export", "--format", "tbx", "--tbx-version", "2"]);
    expect(v2.status).toBe(0);
    expect(v2.stdout).toContain('<martif type="TBX-Basic"');
    expect(v2.stdout).toContain('<termEntry id="supreme-court">');
    // The article says «Жоғарғы сот судьясы баспасөзге сұхбат берді.»: the context of «Жоғарғы сот».
    expect(v2.stdout).toMatch(/<term id="supreme-court-kk-0">Жоғарғы сот<\/term>[\s\S]*?<descrip type="context">Жоғарғы сот судьясы баспасөзге сұхбат берді\.<\/descrip>/);
    const bad = run(dir, ["export", "--format", "tbx", "--tbx-version", "4", "--lang", "en"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("Unknown TBX version “4”: use one of 3, 2.");
  });

  it("exports nothing from a broken glossary and says why", () => {
    const dir = workspace({ "glossary/court.yaml": "glossary/broken/missing-field.yaml" });
    const result = run(dir, ["export", "--format", "json", "--lang", "en"]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("glossary/court.yaml:4:1  error  kk.term  required field “term” is missing");
    expect(result.stderr).toContain("Nothing exported: the glossary has 1 error.");
  });
});

describe("glossary coverage", () => {
  it("gives each article's share of words inside terms, the terms with counts, and unused entries", () => {
    const dir = workspace();
    const extra = path.join(dir, "glossary/mediation.yaml");
    writeFileSync(
      extra,
      "id: mediation\nstatus: draft\ndomains: [procedure]\nkk:\n  term: медиация\nru:\n  term: медиация\nen:\n  term: mediation\n",
    );
    const result = run(dir, ["coverage", "--lang", "en"]);
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines[0]).toMatch(
      /^short-news: 33\.3% of 12 Kazakh words are inside glossary terms \(3 occurrences of 3 terms\); Russian \d+(\.\d)?%, English \d+(\.\d)?%$/,
    );
    expect(lines.slice(1, 4).sort()).toEqual(["  1 × Жоғарғы сот (supreme-court)", "  1 × сот (court)", "  1 × судья (judge)"]);
    expect(lines.slice(4)).toEqual(["1 entry occurs in no article:", "  mediation: медиация"]);
  });
});

describe("glossary coverage --gold", () => {
  it("scores a gold file: the glossary's coverage, the engine's recall and precision, and what it lacks", () => {
    const dir = workspace();
    const gold = path.join(dir, "gold.tsv");
    // The fixture article's occurrences (the title's «Сот» too: the gold covers the whole file), and one of a word the glossary lacks (баспасөз).
    writeFileSync(gold, "@short-news/kk.md\nСот\tсот\nЖоғарғы сот\tЖоғарғы сот\nсудьясы\tсудья\nбаспасөзге\tбаспасөз\nсот жүйесінің\tсот жүйесі | сот=сот\n");
    const result = run(dir, ["coverage", "--gold", gold, "--texts", "articles", "--lang", "en"]);
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines[0]).toBe(`${gold}: the glossary has the term of 4 of 5 occurrences (coverage 0.800); of those the engine finds 4 (recall 1.000), and 4 of its 4 judged spans are right (precision 1.000).`);
    expect(lines.slice(1)).toEqual([
      "  the reader's spans as shown (longest term only): 4 of 4 found (recall 1.000), 4 of 4 right (precision 1.000)",
      '  not in the glossary: short-news/kk.md:5 "баспасөзге" (баспасөз)',
    ]);
  });

  it("refuses a gold file that is not there with exit code 2", () => {
    const result = run(workspace(), ["coverage", "--gold", "nowhere.tsv", "--lang", "en"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("No gold file at nowhere.tsv.");
  });
});

describe("glossary candidates", () => {
  it("says so when no legal phrase recurs outside the glossary", () => {
    const result = run(workspace(), ["candidates", "--min", "2", "--lang", "en"]);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe("No phrase around a legal head word occurs 2 times or more without being in the glossary.");
  });

  it("lists phrases seen once by default, most frequent first, cut at --limit with the number left out", () => {
    const dir = workspace();
    const all = run(dir, ["candidates", "--lang", "en"]);
    expect(all.lines[0]).toMatch(/^\d+ phrases around legal head words, not in the glossary, occurring at least once:$/);
    expect(all.lines.slice(1).every((l) => l.startsWith("1 × "))).toBe(true);
    const count = all.lines.length - 1;
    expect(count).toBeGreaterThan(1);
    const one = run(dir, ["candidates", "--limit", "1", "--lang", "en"]);
    expect(one.lines).toEqual([all.lines[0], all.lines[1], `… and ${count - 1} more (--limit N shows more)`]);
  });

  it("lists a recurring phrase in its dictionary form with an example sentence", () => {
    const dir = workspace();
    writeFileSync(
      path.join(dir, "articles/short-news/kk.md"),
      "---\ntitle: Т\n---\nСот жүйесін жетілдіру керек.\n\nСот жүйелерінің жұмысы жақсарды.\n",
    );
    const result = run(dir, ["candidates", "--min", "2", "--lang", "en"]);
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split("\n")).toEqual([
      "1 phrase around legal head words, not in the glossary, occurring at least 2 times:",
      "2 × сот жүйесі  (short-news: Сот жүйесін жетілдіру керек.)",
    ]);
  });
});
