// The review page's export: saved terms become the same Anki notes as the articles' flashcards.
import { parse } from "csv-parse/sync";
import { cardsToAnkiCsv } from "@/lib/export/anki";
import { savedTermsToAnkiCards } from "@/lib/learner/flashcards";
import { COURT, JURY } from "./fixtures";

describe("savedTermsToAnkiCards", () => {
  it("keeps the sentence, its translation and where the term was met", () => {
    const csv = cardsToAnkiCsv(savedTermsToAnkiCards([JURY, COURT]));
    expect(csv).toContain("\n#deck:Zan Reader\n");
    const rows: string[][] = parse(csv, { comment: "#", comment_no_infix: true });
    expect(rows.map((r) => r[0])).toEqual(["zan-reader:jury-trial", "zan-reader:supreme-court"]);
    expect(rows[0]![2]).toContain("<i>Қазақстанда <b>алқабилер сотының</b> тәжірибесі кеңейді.</i>");
    expect(rows[0]![2]).toContain('<i lang="ru">В Казахстане расширилась практика <b>суда присяжных</b>.</i>');
    expect(rows[0]![3]!.split(" ")).toContain("zan-reader::article::jury-trials");
    expect(rows[1]![3]!.split(" ")).toContain("zan-reader::text");
  });

  it("keeps a sentence met in a Russian text out of the transliteration", () => {
    const ru = { ...COURT, lang: "ru" as const, sentence: { before: "Решение принял ", term: "Верховный суд", after: "." } };
    const [card] = savedTermsToAnkiCards([ru]);
    expect(card!.sentenceLang).toBe("ru");
    expect(cardsToAnkiCsv([card!], { script: "latn" })).toContain("<i>Решение принял <b>Верховный суд</b>.</i>");
  });
});
