// Paradigm tables: each form is read as its lemma with exactly these suffixes and tags, as
// Yomitan's deinflection tests assert the reasons and not only "found". Every slot and every
// sound class of the inventory (lib/morphology/kk/suffixes.ts) is here at least once.
import { lemmatizeKk } from "@/lib/morphology/kk/analyze";
import { generateChains } from "@/lib/morphology/kk/chains";
import { objectForms } from "@/lib/morphology/kk/stems";
import { realise, SUFFIXES, suffixDef } from "@/lib/morphology/kk/suffixes";

type Row = [form: string, lemma: string, suffixes: string];

/** "ы:poss3 ның:genitive" */
const readingsOf = (form: string) => lemmatizeKk(form).map((r) => `${r.lemma} = ${r.suffixes.map((s) => `${s.form}:${s.tag}`).join(" ")}`);

const TABLE: Row[] = [
  // сот: back, voiceless final (T)
  ["сотының", "сот", "ы:poss3 ның:genitive"],
  ["соттар", "сот", "тар:plural"],
  ["соттарының", "сот", "тар:plural ы:poss3 ның:genitive"],
  ["соттарда", "сот", "тар:plural да:locative"],
  ["сотқа", "сот", "қа:dative"],
  ["сотта", "сот", "та:locative"],
  ["соттағы", "сот", "та:locative ғы:attributive"],
  ["соттан", "сот", "тан:ablative"],
  ["сотпен", "сот", "пен:instrumental"],
  ["сотты", "сот", "ты:accusative"],
  ["соттың", "сот", "тың:genitive"],
  ["сотыма", "сот", "ым:poss1sg а:dative"],
  ["сотыңызда", "сот", "ыңыз:poss2sgPolite да:locative"],
  ["сотыңа", "сот", "ың:poss2sg а:dative"],
  ["сотыңдар", "сот", "ыңдар:poss2pl"],
  ["сотыңыздарға", "сот", "ыңыздар:poss2plPolite ға:dative"],
  ["сотымыздан", "сот", "ымыз:poss1pl дан:ablative"],
  ["сотындағы", "сот", "ы:poss3 нда:locative ғы:attributive"],
  ["сотын", "сот", "ы:poss3 н:accusative"],
  ["соттікі", "сот", "тікі:possessivePronoun"],
  // заң: back, nasal final (N)
  ["заңның", "заң", "ның:genitive"],
  ["заңға", "заң", "ға:dative"],
  ["заңнан", "заң", "нан:ablative"],
  ["заңмен", "заң", "мен:instrumental"],
  ["заңды", "заң", "ды:accusative"],
  ["заңдар", "заң", "дар:plural"],
  // жүйе: front, vowel final (V)
  ["жүйесі", "жүйе", "сі:poss3"],
  ["жүйеге", "жүйе", "ге:dative"],
  ["жүйенің", "жүйе", "нің:genitive"],
  ["жүйелер", "жүйе", "лер:plural"],
  ["жүйесінде", "жүйе", "сі:poss3 нде:locative"],
  ["жүйені", "жүйе", "ні:accusative"],
  // тергеу: front, glide final (R); кеңес: front, voiceless; кәсіпкер (R, front)
  ["тергеуге", "тергеу", "ге:dative"],
  ["тергеулер", "тергеу", "лер:plural"],
  ["кеңестің", "кеңес", "тің:genitive"],
  ["кәсіпкерлер", "кәсіпкер", "лер:plural"],
  // л (L) and з (Z) finals
  ["елдің", "ел", "дің:genitive"],
  ["елге", "ел", "ге:dative"],
  ["сөзбен", "сөз", "бен:instrumental"],
  ["сөздер", "сөз", "дер:plural"],
  // voicing, vowel drop and the -кт loans' epenthetic і
  ["құқығы", "құқық", "ы:poss3"],
  ["құқықтары", "құқық", "тар:plural ы:poss3"],
  ["орны", "орын", "ы:poss3"],
  ["актісі", "акт", "сі:poss3"],
  // a Russian loan's -ь, dropped before a vowel
  ["моделі", "модель", "і:poss3"],
  ["модельдер", "модель", "дер:plural"],
  // the equative and the similative
  ["қазақша", "қазақ", "ша:equative"],
  ["сөзінше", "сөз", "і:poss3 нше:equative"],
  ["таудай", "тау", "дай:similative"],
  ["тастай", "тас", "тай:similative"],
];

describe("the Kazakh paradigm, read back with its tags", () => {
  it.each(TABLE)("%s = %s + %s", (form, lemma, suffixes) => {
    expect(readingsOf(form)).toContain(`${lemma} = ${suffixes}`);
  });

  it("uses every suffix of the inventory somewhere in the table", () => {
    const used = new Set(TABLE.flatMap(([, , suffixes]) => suffixes.split(" ").map((s) => s.split(":")[1])));
    expect(SUFFIXES.map((s) => s.tag).filter((tag) => !used.has(tag))).toEqual([]);
  });
});

describe("the inventory", () => {
  it("spells a noun's object forms: possessive, plural, both", () => {
    expect(objectForms("берешек").map((f) => f.form)).toEqual(["берешегін", "берешектерді", "берешектерін"]);
    expect(objectForms("іс").map((f) => f.form)).toEqual(["ісін", "істерді", "істерін"]);
    expect(objectForms("жүйе").map((f) => f.form)).toEqual(["жүйесін", "жүйелерді", "жүйелерін"]);
  });

  it("spells a placeholder after each sound class and possessive state", () => {
    const genitive = suffixDef("genitive");
    expect(["V", "R", "L", "N", "Z", "T", "P3", "P12"].map((state) => realise(genitive, state as never, "back")[0])).toEqual([
      "ның", "дың", "дың", "ның", "дың", "тың", "ның", "ның",
    ]);
    expect(realise(suffixDef("dative"), "P12", "front")).toEqual(["е"]);
    expect(realise(suffixDef("accusative"), "P3", "back")).toEqual(["н"]);
    expect(realise(suffixDef("possessivePronoun"), "N", "front")).toEqual(["нікі", "дікі"]);
  });

  it("lists each chain once per stem class and harmony, the bare stem first", () => {
    for (const cls of ["V", "R", "L", "N", "Z", "T"] as const) {
      for (const harmony of ["back", "front"] as const) {
        const chains = generateChains(cls, harmony);
        expect(chains[0]!.text).toBe("");
        const keys = chains.map((c) => c.suffixes.map((s) => `${s.form}:${s.tag}`).join(" "));
        expect(new Set(keys).size).toBe(keys.length);
      }
    }
  });
});
