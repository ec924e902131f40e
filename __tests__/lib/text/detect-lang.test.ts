// Recognising the language of a pasted text, so it is marked with the right glossary.
import { detectLang } from "@/lib/text/detect-lang";

describe("detectLang", () => {
  it("recognises a Kazakh sentence", () => {
    expect(detectLang("Қазақстан Республикасының Жоғарғы Соты сот төрелігін жүзеге асырады.")).toEqual({ lang: "kk", confident: true });
    expect(detectLang("Алқабилер сотының тәжірибесі жыл сайын кеңейіп келеді, бұл азаматтардың сотқа сенімін арттырады.")).toEqual({
      lang: "kk",
      confident: true,
    });
  });

  it("recognises a Russian sentence", () => {
    expect(detectLang("Верховный суд Республики Казахстан осуществляет правосудие в соответствии с законом.")).toEqual({
      lang: "ru",
      confident: true,
    });
  });

  it("recognises Russian that quotes one Kazakh name", () => {
    expect(
      detectLang("Депутаты обсудили законопроект, который внесло министерство, и направили его в комитет «Әділет» для согласования."),
    ).toEqual({ lang: "ru", confident: true });
  });

  it("recognises an English sentence, with a Kazakh name in it", () => {
    expect(detectLang("The Supreme Court of the Republic of Kazakhstan administers justice.")).toEqual({ lang: "en", confident: true });
    expect(detectLang("The court heard the case of «Қазақтелеком» on Monday and reserved its judgment.")).toEqual({ lang: "en", confident: true });
  });

  it("is not confident without letters, or with too few", () => {
    expect(detectLang("")).toEqual({ lang: "kk", confident: false });
    expect(detectLang("12.03.2024 № 45-VIII")).toMatchObject({ confident: false });
    expect(detectLang("2024 — 15 %, 3 000 000")).toEqual({ lang: "kk", confident: false });
    expect(detectLang("Сот")).toMatchObject({ confident: false });
    expect(detectLang("Court")).toEqual({ lang: "en", confident: false });
  });

  it("is not confident about a text that mixes two languages half and half", () => {
    const mixed = detectLang("Жоғарғы Сот төрағасы баяндама жасады. The Supreme Court chairman gave a long report today.");
    expect(mixed.confident).toBe(false);
    const kkRu = detectLang("Жоғарғы Сот төрағасы баяндама жасады. Председатель Верховного суда и его заместитель выступили с докладом.");
    expect(kkRu.confident).toBe(false);
  });
});
