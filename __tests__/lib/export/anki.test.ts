// The Anki CSV: the header lines Anki's importer reads, a GUID per term that is the same from
// every export, namespaced tags, the sentence and its translation on the back, and the Kazakh
// fields (only they) in Latin when asked.
import { parse } from "csv-parse/sync";
import { ankiFileName, ankiGuid, cardsToAnkiCsv, type AnkiCard } from "@/lib/export/anki";
import { entrySchema } from "@/lib/glossary/schema";
import rawEntries from "@/__tests__/fixtures/export-entries.json";

const sampleEntries = () => rawEntries.map((raw) => entrySchema.parse(raw));
const rowsOf = (csv: string): string[][] => parse(csv, { comment: "#", comment_no_infix: true });

describe("cardsToAnkiCsv", () => {
  const [jury, court] = sampleEntries();
  const cards: AnkiCard[] = [
    {
      entry: jury!,
      sentence: { before: "Қазақстанда ", term: "алқабилер сотының", after: " <тәжірибесі> & медиация енгізілді." },
      translation: { lang: "ru", sentence: { before: "В Казахстане введена практика ", term: "суда присяжных", after: "." } },
      source: { kind: "article", slug: "jury-trials" },
    },
    { entry: court!, source: { kind: "text" } },
  ];
  const csv = cardsToAnkiCsv(cards, { deck: "Алқабилер соты туралы" });

  it("opens with the header lines Anki reads: separator, HTML, note type, deck, GUID, tags and columns", () => {
    expect(csv.split("\n").slice(0, 7)).toEqual([
      "#separator:comma",
      "#html:true",
      "#notetype:Basic",
      "#deck:Алқабилер соты туралы",
      "#guid column:1",
      "#tags column:4",
      "#columns:GUID,Front,Back,Tags",
    ]);
  });

  it("puts a stable GUID, the Kazakh term in front and the equivalents, definition, sentence and its translation on the back", () => {
    expect(rowsOf(csv)).toEqual([
      [
        "zan-reader:jury-trial",
        "алқабилер соты",
        "суд присяжных · jury trial<br>A trial in which jurors decide guilt; the judge, &lt;the sentence&gt; &amp; costs.<br><i>Қазақстанда <b>алқабилер сотының</b> &lt;тәжірибесі&gt; &amp; медиация енгізілді.</i><br><i lang=\"ru\">В Казахстане введена практика <b>суда присяжных</b>.</i>",
        "zan-reader::domain::courts zan-reader::domain::procedure zan-reader::status::reviewed zan-reader::article::jury-trials",
      ],
      ["zan-reader:court", "сот", "суд · court<br>A state body that administers justice.", "zan-reader::domain::courts zan-reader::status::draft zan-reader::text"],
    ]);
  });

  it("gives a term the same GUID whatever the sentence, source, script or deck", () => {
    const other = cardsToAnkiCsv([{ entry: jury!, source: { kind: "article", slug: "another-article" } }], { script: "latn", deck: "Басқа" });
    expect(rowsOf(other)[0]![0]).toBe(rowsOf(csv)[0]![0]);
    expect(ankiGuid("jury-trial")).toBe("zan-reader:jury-trial");
  });

  it("names the deck Zan Reader when none is given, and keeps a deck name on one line", () => {
    expect(cardsToAnkiCsv([])).toContain("\n#deck:Zan Reader\n");
    expect(cardsToAnkiCsv([], { deck: "Екі\nжол" })).toContain("\n#deck:Екі жол\n");
  });

  it("writes no tag with a space in it", () => {
    for (const row of rowsOf(csv)) for (const tag of row[3]!.split(" ")) expect(tag).toMatch(/^zan-reader(::[^\s:]+)+$/);
  });

  it("in Latin, shows the front, the Kazakh sentence and a Kazakh definition in Latin, and never the Russian or English", () => {
    const latn = cardsToAnkiCsv(cards, { script: "latn", definitionLang: "kk" });
    const [row] = rowsOf(latn);
    expect(row![1]).toBe("alqabiler soty");
    expect(row![2]!.split("<br>")).toEqual([
      "суд присяжных · jury trial",
      // The Kazakh definition, asked for, is in Latin too.
      "Is «alqabiler» qatysuymen, qaralatyn sot.",
      "<i>Qazaqstanda <b>alqabiler sotynyñ</b> &lt;täjıribesı&gt; &amp; mediatsiia engızıldı.</i>",
      '<i lang="ru">В Казахстане введена практика <b>суда присяжных</b>.</i>',
    ]);
  });

  it("does not transliterate a sentence met in a Russian text", () => {
    const [row] = rowsOf(
      cardsToAnkiCsv([{ entry: jury!, sentenceLang: "ru", sentence: { before: "Дело рассмотрел ", term: "суд присяжных", after: "." } }], { script: "latn" }),
    );
    expect(row![2]).toContain("<i>Дело рассмотрел <b>суд присяжных</b>.</i>");
  });

  it("keeps a field that starts like a formula from being run by a spreadsheet", () => {
    const formula = { ...jury!, kk: { ...jury!.kk, term: "=HYPERLINK(1)" } };
    expect(rowsOf(cardsToAnkiCsv([{ entry: formula }]))[0]![1]).toBe("'=HYPERLINK(1)");
  });

  it("names the files by script", () => {
    expect(ankiFileName("supreme-court")).toBe("supreme-court-flashcards.csv");
    expect(ankiFileName("supreme-court", "latn")).toBe("supreme-court-flashcards-latn.csv");
  });
});
