import { adjectiveForms, isAdjectiveLike, nounForms, ruTermForms } from "@/lib/morphology/ru";

const formsOf = (list: { form: string }[]) => list.map((f) => f.form);

describe("Russian noun forms", () => {
  it.each([
    ["суд", ["суда", "суду", "судом", "суде", "суды", "судов", "судам", "судами", "судах"]],
    ["юстиция", ["юстиции", "юстицию", "юстицией", "юстиций"]],
    ["судья", ["судьи", "судье", "судью", "судьей", "судей", "судьям"]],
    ["прокуратура", ["прокуратуры", "прокуратуре", "прокуратуру", "прокуратурой"]],
    ["решение", ["решения", "решению", "решением", "решении", "решений"]],
    ["право", ["права", "праву", "правом", "праве", "прав"]],
    ["власть", ["власти", "властью", "властей"]],
    ["нож", ["ножи", "ножом", "ножей"]],
  ])("declines %s", (word, expected) => {
    expect(formsOf(nounForms(word))).toEqual(expect.arrayContaining(expected));
  });

  it("keeps суд and судья apart", () => {
    const court = new Set(formsOf(nounForms("суд")));
    for (const form of formsOf(nounForms("судья"))) expect(court.has(form)).toBe(false);
  });
});

describe("Russian adjectives and the head of a term", () => {
  it("tells adjectives from nouns in -ие", () => {
    expect(isAdjectiveLike("верховный")).toBe(true);
    expect(isAdjectiveLike("международные")).toBe(true);
    expect(isAdjectiveLike("решение")).toBe(false);
    expect(isAdjectiveLike("правосудие")).toBe(false);
  });

  it("declines adjectives", () => {
    expect(formsOf(adjectiveForms("верховный"))).toEqual(expect.arrayContaining(["верховного", "верховному", "верховном", "верховным"]));
    expect(formsOf(adjectiveForms("ювенальная"))).toEqual(expect.arrayContaining(["ювенальной", "ювенальную"]));
  });

  it("inflects the head and the adjectives before it, and keeps the words after it", () => {
    const [court, jurors] = ruTermForms(["суд", "присяжных"]);
    expect(formsOf(court!)).toContain("суда");
    expect(formsOf(jurors!)).toEqual(["присяжных"]);
    const [supreme, court2] = ruTermForms(["верховный", "суд"]);
    expect(formsOf(supreme!)).toContain("верховного");
    expect(formsOf(court2!)).toContain("суде");
  });

  it("declines a participle right after the head, and keeps an adjective there that belongs to a genitive complement", () => {
    const [circumstance, aggravating, liability] = ruTermForms(["обстоятельство", "отягчающее", "ответственность"]);
    expect(formsOf(circumstance!)).toEqual(expect.arrayContaining(["обстоятельства", "обстоятельством"]));
    expect(formsOf(aggravating!)).toEqual(expect.arrayContaining(["отягчающего", "отягчающим", "отягчающие"]));
    expect(formsOf(liability!)).toEqual(["ответственность"]);
    const [, first, instance] = ruTermForms(["суд", "первой", "инстанции"]);
    expect(formsOf(first!)).toEqual(["первой"]);
    expect(formsOf(instance!)).toEqual(["инстанции"]);
    // «Китая» ends as an adjective does, but is no participle.
    expect(formsOf(ruTermForms(["партия", "китая"])[1]!)).toEqual(["китая"]);
  });

  it("never declines a preposition: the adjective before it is the head", () => {
    const [ombudsman, by, rights] = ruTermForms(["уполномоченный", "по", "правам", "человека"]);
    expect(formsOf(ombudsman!)).toEqual(expect.arrayContaining(["уполномоченного", "уполномоченному"]));
    expect(formsOf(by!)).toEqual(["по"]);
    expect(formsOf(rights!)).toEqual(["правам"]);
  });

  it("looks for the head past a conjunction between adjectives", () => {
    const [physical, or, mental, coercion] = ruTermForms(["физическое", "или", "психическое", "принуждение"]);
    expect(formsOf(physical!)).toContain("физического");
    expect(formsOf(or!)).toEqual(["или"]);
    expect(formsOf(mental!)).toContain("психического");
    expect(formsOf(coercion!)).toContain("принуждения");
  });
});
