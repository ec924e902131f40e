import { deriveId, newEntryYaml } from "@/lib/glossary/new-entry";
import { parseEntryFile } from "@/lib/glossary/parse";

describe("deriveId", () => {
  it("makes a kebab-case id from the English term", () => {
    expect(deriveId("Jury trial")).toBe("jury-trial");
    expect(deriveId("  OSCE Programme Office (Astana) ")).toBe("osce-programme-office-astana");
    expect(deriveId("Court of Appeal / Cassation")).toBe("court-of-appeal-cassation");
    expect(deriveId("Ombudsman’s office, café")).toBe("ombudsman-s-office-cafe");
    expect(deriveId("Legal & judicial reform")).toBe("legal-and-judicial-reform");
    expect(deriveId("«»")).toBe("");
  });
});

describe("newEntryYaml", () => {
  it("writes a draft that parses back to exactly the terms given, even with YAML-special characters", () => {
    const terms = { kk: "алқабилер: соты", ru: "суд «присяжных» #1", en: "- jury trial" };
    const yaml = newEntryYaml({ id: "jury-trial", terms, domains: ["courts", "procedure"] });
    expect(yaml.startsWith("# yaml-language-server: $schema=./schema.json\n")).toBe(true);
    const { entry, problems } = parseEntryFile("glossary/jury-trial.yaml", yaml);
    expect(problems).toEqual([]);
    expect(entry).toEqual({
      id: "jury-trial",
      status: "draft",
      domains: ["courts", "procedure"],
      kk: { term: "алқабилер: соты", variants: [] },
      ru: { term: "суд «присяжных» #1", variants: [] },
      en: { term: "- jury trial", variants: [] },
      sources: [],
      related: [],
    });
  });

  it("leaves the definitions as comments to fill in", () => {
    const yaml = newEntryYaml({ id: "mediation", terms: { kk: "медиация", ru: "медиация", en: "mediation" }, domains: ["procedure"] });
    expect(yaml).toContain("  # definition: one short sentence in Kazakh\n");
  });
});
