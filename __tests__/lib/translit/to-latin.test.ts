import { toAsciiLatin, toLatin } from "@/lib/translit";

describe("toLatin", () => {
  it.each([
    ["Бұрыңғы өткен заманда", "Būryñğy ötken zamanda"],
    ["алқабилер соты", "alqabiler soty"],
    ["Жоғарғы сот", "Joğarğy sot"],
    ["Қазақстан Республикасының", "Qazaqstan Respublikasynyñ"],
    ["мемлекеттік", "memlekettık"],
    ["шешім", "şeşım"],
    ["Үкімет", "Ükımet"],
  ])("writes «%s» as «%s» in the 2021 alphabet", (cyrillic, latin) => {
    expect(toLatin(cyrillic)).toBe(latin);
  });

  it("writes capital И and Й with a dot and capital І without one", () => {
    expect(toLatin("Ине Йод Іс")).toBe("İne İod Is");
  });

  it("renders the letters of Russian loans as the module states", () => {
    expect(toLatin("цемент ещё юрист судья поэт объект медиация")).toBe("tsement eşio iurist sudia poet obekt mediatsiia");
  });

  it("keeps two-letter capitals in capitals inside an all-capitals word", () => {
    expect(toLatin("ЮНЕСКО Юрист ЖОҒАРҒЫ СОТЫ")).toBe("İUNESKO İurist JOĞARĞY SOTY");
  });

  it("passes Latin letters, digits and punctuation through", () => {
    expect(toLatin("AIFC, 2024 ж. — «БҰҰ-ның»")).toBe("AIFC, 2024 j. — «BŪŪ-nyñ»");
  });

  it("reads look-alike letters typed in Cyrillic words as the Kazakh letters", () => {
    expect(toLatin("жəне ӊ")).toBe("jäne ñ");
  });

  it("gives the same result piece by piece as for the whole text", () => {
    const text = "Алқабилер сотының төрағасы";
    const pieces = [text.slice(0, 17), text.slice(17, 20), text.slice(20)];
    expect(pieces.map(toLatin).join("")).toBe(toLatin(text));
  });
});

describe("toAsciiLatin", () => {
  it("lets plain ASCII typing match the 2021 spelling", () => {
    expect(toAsciiLatin(toLatin("Жоғарғы сот"))).toBe("Jogargy sot");
    expect(toAsciiLatin("äğñöūüış ÄĞÑÖŪÜİŞÇç")).toBe("agnouuis AGNOUUISCc");
  });
});
