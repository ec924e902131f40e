import { annotate, buildTermIndex } from "@/lib/annotate";
import { lemmatizeKk } from "@/lib/morphology/kk/analyze";
import { generateChains } from "@/lib/morphology/kk/chains";
import { harmonies, soundClass } from "@/lib/morphology/kk/phonology";
import { entry } from "../annotate/glossary-fixture";

/** Does `word` (the whole text) read as an inflection of the one-entry glossary `term`? */
function finds(term: string, word: string): boolean {
  const index = buildTermIndex([entry("t", term)], "kk");
  const spans = annotate(word, index);
  return spans.length === 1 && spans[0]!.start === 0 && spans[0]!.end === word.length;
}

describe("sound classes and harmony", () => {
  it.each([
    ["судья", "V"],
    ["прокурор", "R"],
    ["алқаби", "R"],
    ["тергеу", "R"],
    ["ауыл", "L"],
    ["заң", "N"],
    ["адам", "N"],
    ["сөз", "Z"],
    ["сот", "T"],
    ["құқық", "T"],
    ["медаль", "L"],
  ])("%s ends in class %s", (word, cls) => {
    expect(soundClass(word)).toBe(cls);
  });

  it.each([
    ["сот", ["back"]],
    ["үкім", ["front"]],
    ["судья", ["back"]],
    ["тергеу", ["front"]],
    ["талқылау", ["back"]],
    ["банк", ["front"]],
    ["алқаби", ["back", "front"]],
  ])("%s takes %j suffixes", (word, expected) => {
    expect(harmonies(word)).toEqual(expected);
  });
});

// One table per final-sound class and harmony: plural, genitive, accusative, dative,
// locative, ablative, instrumental, attributive, 3rd-person possessive.
const PARADIGMS: [string, string, string[]][] = [
  ["V back", "судья", ["судьялар", "судьяның", "судьяны", "судьяға", "судьяда", "судьядан", "судьямен", "судьядағы", "судьясы", "судьянікі"]],
  ["V front", "күдікті", ["күдіктілер", "күдіктінің", "күдіктіні", "күдіктіге", "күдіктіде", "күдіктіден", "күдіктімен", "күдіктідегі", "күдіктісі"]],
  ["R back", "прокурор", ["прокурорлар", "прокурордың", "прокурорды", "прокурорға", "прокурорда", "прокурордан", "прокурормен", "прокуроры"]],
  ["R front", "тергеу", ["тергеулер", "тергеудің", "тергеуді", "тергеуге", "тергеуде", "тергеуден", "тергеумен", "тергеуі"]],
  ["L back", "ауыл", ["ауылдар", "ауылдың", "ауылға", "ауылда", "ауылдан", "ауылмен", "ауылдағы", "ауылы"]],
  ["L front", "кепіл", ["кепілдер", "кепілдің", "кепілге", "кепілде", "кепілден", "кепілмен", "кепілі"]],
  ["N back", "заң", ["заңдар", "заңның", "заңға", "заңда", "заңнан", "заңмен", "заңы"]],
  ["N front", "үкім", ["үкімдер", "үкімнің", "үкімге", "үкімде", "үкімнен", "үкіммен", "үкімі"]],
  ["Z back", "арыз", ["арыздар", "арыздың", "арызға", "арызда", "арыздан", "арызбен", "арызы"]],
  ["Z front", "сөз", ["сөздер", "сөздің", "сөзге", "сөзде", "сөзден", "сөзбен", "сөзі"]],
  ["T back", "сот", ["соттар", "соттың", "сотқа", "сотта", "соттан", "сотпен", "соттағы", "соты", "соттікі"]],
  ["T front", "кодекс", ["кодекстер", "кодекстің", "кодекске", "кодексте", "кодекстен", "кодекспен", "кодексі"]],
];

describe.each(PARADIGMS)("the %s paradigm (%s)", (_name, lemma, forms) => {
  it.each(forms)(`finds %s as an inflection of ${lemma}`, (form) => {
    expect(finds(lemma, form)).toBe(true);
  });
});

describe("possessives and the pronominal н", () => {
  it.each(["сотым", "сотың", "сотыңыз", "сотымыз", "сотыңдар", "сотыма", "сотымның", "сотымыздың", "сотымызға"])(
    "finds %s as сот with a possessive",
    (form) => expect(finds("сот", form)).toBe(true),
  );
  it.each(["судьям", "судьяң", "судьяңыз", "судьямыз"])("finds %s after a vowel stem", (form) => expect(finds("судья", form)).toBe(true));
  it.each(["сотының", "сотын", "сотына", "сотында", "сотынан", "сотымен", "сотындағы", "соттары", "соттарының", "соттарына"])(
    "finds %s with the н-cases after the 3rd-person possessive",
    (form) => expect(finds("сот", form)).toBe(true),
  );
  it.each(["сотыға", "сотыда", "сотыдан", "соттарыға"])("rejects %s: a case without н after the possessive", (form) =>
    expect(finds("сот", form)).toBe(false),
  );
});

describe("voicing and vowel loss", () => {
  it.each([
    ["құқық", "құқығы"],
    ["құқық", "құқығын"],
    ["құқық", "құқықтары"],
    ["жемқорлық", "жемқорлығы"],
    ["жемқорлық", "жемқорлыққа"],
    ["жемқорлық", "жемқорлықтың"],
    ["мектеп", "мектебі"],
    ["банк", "банкі"],
    ["банк", "банктер"],
    ["халық", "халқы"],
    ["халық", "халқының"],
    ["халық", "халықтың"],
    ["орын", "орны"],
    ["акт", "актілері"],
  ])("finds %s as %s", (lemma, form) => expect(finds(lemma, form)).toBe(true));

  it.each([
    ["құқық", "құқықы"],
    ["жемқорлық", "жемқорлықы"],
    ["сот", "соды"],
    ["банк", "бангі"],
    ["халық", "халықы"],
  ])("rejects %s as %s (voicing or vowel loss misapplied)", (lemma, form) => expect(finds(lemma, form)).toBe(false));
});

describe("harmony and class are checked", () => {
  it.each([
    ["сот", "соттер"],
    ["сот", "сотлар"],
    ["сот", "сотның"],
    ["үкім", "үкімның"],
    ["заң", "заңдан"],
    ["судья", "судьяның-"],
  ])("rejects %s as %s", (lemma, form) => expect(finds(lemma, form)).toBe(false));
});

describe("derivation makes another word", () => {
  it.each([
    ["сот", "сотталған"],
    ["сот", "сотталушы"],
    ["сот", "соттылық"],
    ["сот", "сотық"],
    ["алқа", "алқабилер"],
    ["судья", "судьялық"],
    ["медиация", "медиатор"],
    ["медиация", "медиациялық"],
    ["үкім", "Үкімет"],
    ["куә", "куәлік"],
    ["куә", "куәлігі"],
    ["заң", "заңнама"],
    ["заң", "заңнамада"],
    ["заң", "заңсыз"],
    ["заң", "заңгер"],
    ["құқық", "құқылы"],
    ["құқық", "құқықтық"],
    ["тергеу", "жедел-тергеу"],
    ["тергеу", "тергеуші"],
    ["сот", "сот-психиатриялық"],
    ["Конституция", "Конституциялық"],
  ])("%s is not found in %s", (lemma, word) => expect(finds(lemma, word)).toBe(false));

  it("leaves a bare accusative that reads as the 'having' adjective unmarked (заңды)", () => {
    expect(finds("заң", "заңды")).toBe(false);
    expect(finds("сот", "сотты")).toBe(false);
  });

  it("still finds a bare accusative that cannot be the 'having' adjective", () => {
    expect(finds("судья", "судьяны")).toBe(true);
    expect(finds("прокурор", "прокурорды")).toBe(true);
  });
});

describe("abbreviations take suffixes after a hyphen", () => {
  it.each([
    ["БҰҰ", "БҰҰ-ның"],
    ["БҰҰ", "БҰҰ-ға"],
    ["ЕҚЫҰ", "ЕҚЫҰ-ның"],
    ["AIFC", "AIFC-тың"],
    ["ҚР", "ҚР-да"],
    ["ҚПК", "ҚПК-нің"],
    ["БҰҰ", "БҰҰ"],
  ])("finds %s in %s", (lemma, form) => expect(finds(lemma, form)).toBe(true));

  it("does not take suffixes without the hyphen or unknown endings", () => {
    expect(finds("БҰҰ", "БҰҰның")).toBe(false);
    expect(finds("БҰҰ", "БҰҰ-шы")).toBe(false);
  });
});

describe("generateChains", () => {
  it("makes a closed set of about a hundred and fifty chains per class and harmony", () => {
    const chains = generateChains("T", "back");
    expect(chains.length).toBeGreaterThan(100);
    expect(chains.length).toBeLessThan(250);
    expect(chains.map((c) => c.text)).toContain("тарының");
  });
});

describe("lemmatizeKk", () => {
  const lemmas = (word: string) => lemmatizeKk(word).map((r) => r.lemma);

  it("reduces сотының to сот and to the compound head соты", () => {
    expect(lemmas("сотының")).toEqual(expect.arrayContaining(["сот", "соты"]));
    const reading = lemmatizeKk("сотының").find((r) => r.lemma === "сот");
    expect(reading?.suffixes).toEqual([
      { form: "ы", tag: "poss3" },
      { form: "ның", tag: "genitive" },
    ]);
  });

  it("undoes voicing and vowel loss", () => {
    expect(lemmas("жемқорлығы")).toContain("жемқорлық");
    expect(lemmas("халқының")).toContain("халық");
  });

  it("reads abbreviations with a hyphen", () => {
    expect(lemmatizeKk("БҰҰ-ның")).toContainEqual({ lemma: "бұұ", stem: "бұұ", suffixes: [{ form: "ның", tag: "genitive" }], hyphen: "-" });
  });

  it("offers the bare word first and never a derivational reading", () => {
    expect(lemmas("сотталған")).toEqual(["сотталған"]);
    expect(lemmas("судьялық")).not.toContain("судья");
  });
});
