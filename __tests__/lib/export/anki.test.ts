import { parse } from "csv-parse/sync";
import { cardsToAnkiCsv } from "@/lib/export/anki";
import { entrySchema } from "@/lib/glossary/schema";
import rawEntries from "@/__tests__/fixtures/export-entries.json";

const sampleEntries = () => rawEntries.map((raw) => entrySchema.parse(raw));

describe("cardsToAnkiCsv", () => {
  const [jury, court] = sampleEntries();
  const csv = cardsToAnkiCsv([
    { entry: jury!, sentence: "Қазақстанда алқабилер соты, медиация енгізілді." },
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

  it("puts the Kazakh term in front and the equivalents, definition and sentence on the back", () => {
    const rows: string[][] = parse(csv, { comment: "#", comment_no_infix: true });
    expect(rows).toEqual([
      [
        "алқабилер соты",
        "суд присяжных · jury trial<br>A trial in which jurors decide guilt; the judge, &lt;the sentence&gt; &amp; costs.<br><i>Қазақстанда алқабилер соты, медиация енгізілді.</i>",
        "courts procedure",
      ],
      ["сот", "суд · court<br>A state body that administers justice.", "courts"],
    ]);
  });
});
