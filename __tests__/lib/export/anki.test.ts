import { parse } from "csv-parse/sync";
import { cardsToAnkiCsv } from "@/lib/export/anki";
import { entrySchema } from "@/lib/glossary/schema";
import rawEntries from "@/__tests__/fixtures/export-entries.json";

const sampleEntries = () => rawEntries.map((raw) => entrySchema.parse(raw));

describe("cardsToAnkiCsv", () => {
  const [jury, court] = sampleEntries();
  const csv = cardsToAnkiCsv([
    { entry: jury!, sentence: { before: "Қазақстанда ", term: "алқабилер сотының", after: " <тәжірибесі> & медиация енгізілді." } },
    { entry: court! },
  ]);

  it("opens with the header lines Anki reads for separator, HTML and tags", () => {
    expect(csv.split("\n").slice(0, 4)).toEqual([
      "#separator:comma",
      "#html:true",
      "#columns:Front,Back,Tags",
      "#tags column:3",
    ]);
  });

  it("puts the Kazakh term in front and the equivalents, definition and sentence, with the form in the text in bold, on the back", () => {
    const rows: string[][] = parse(csv, { comment: "#", comment_no_infix: true });
    expect(rows).toEqual([
      [
        "алқабилер соты",
        "суд присяжных · jury trial<br>A trial in which jurors decide guilt; the judge, &lt;the sentence&gt; &amp; costs.<br><i>Қазақстанда <b>алқабилер сотының</b> &lt;тәжірибесі&gt; &amp; медиация енгізілді.</i>",
        "courts procedure",
      ],
      ["сот", "суд · court<br>A state body that administers justice.", "courts"],
    ]);
  });
});
