import fc from "fast-check";
import { annotate, buildTermIndex, KEPT_LIMITS } from "@/lib/annotate";
import type { Span } from "@/lib/annotate/types";
import { entry } from "./glossary-fixture";

const GLOSSARY = [
  entry("court", "сот", { term: "суд" }, { term: "court" }),
  entry("supreme-court", "Жоғарғы сот", { term: "Верховный суд" }, { term: "Supreme Court" }),
  entry("jury-trial", "алқабилер соты", { term: "суд присяжных" }, { term: "jury trial" }),
  entry("juror", "алқаби", "присяжный заседатель", "juror"),
  entry("panel", "алқа", "коллегия", "panel"),
  entry("justice", "сот төрелігі", "правосудие", "justice"),
  entry("juvenile-justice", { term: "ювеналды сот төрелігі", variants: ["ювеналдық сот төрелігі"] }, { term: "ювенальная юстиция" }, { term: "juvenile justice" }),
  entry("judicial-system", "сот жүйесі", "судебная система", "judicial system"),
  entry("human-trafficking", { term: "адам саудасы", variants: ["адам трафигі"] }, "торговля людьми", "human trafficking"),
  entry("rule-of-law", "заң үстемдігі", "верховенство закона", "rule of law"),
  entry("law", "заң", "закон", "law"),
  entry("human-rights", "адам құқықтары", "права человека", "human rights"),
  entry("aifc-full", "«Астана» халықаралық қаржы орталығы", "Международный финансовый центр «Астана»", "Astana International Financial Centre"),
  entry("corruption", "сыбайлас жемқорлық", "коррупция", "corruption"),
  entry("judge", "судья", { term: "судья" }, { term: "judge" }),
  entry("un", "БҰҰ", { term: "ООН", variants: ["Организация Объединённых Наций"] }, { term: "UN", variants: ["United Nations"] }),
  entry("aifc", "AIFC", "МФЦА", "AIFC"),
  entry("head-of-state", "Мемлекет басшысы", "Глава государства", "Head of State"),
  entry("investigation", "тергеу", "расследование", "investigation"),
  entry("witness", "куә", "свидетель", "witness"),
  entry("verdict", "үкім", "приговор", "verdict"),
  entry("government", "Үкімет", "Правительство", "Government"),
];

const kk = buildTermIndex(GLOSSARY, "kk");
const ru = buildTermIndex(GLOSSARY, "ru");
const en = buildTermIndex(GLOSSARY, "en");
const marks = (text: string, index = kk) => annotate(text, index).map((s) => [s.text, s.termId]);

describe("Kazakh terms in text", () => {
  it("finds the inflected forms of multiword terms as one span", () => {
    expect(marks("Жоғарғы Соттың судьялары алқабилер сотының жұмысы")).toEqual([
      ["Жоғарғы Соттың", "supreme-court"],
      ["судьялары", "judge"],
      ["алқабилер сотының", "jury-trial"],
    ]);
  });

  it("gives each occurrence the grammar of the word as written, in every spelling and after other texts", () => {
    const text = "Сотының шешімі, сотының төрағасы, СОТЫНЫҢ, сотқа, Сотының";
    const grammar = (spans: Span[]) => spans.map((s) => [s.text, s.analysis?.stem, s.analysis?.suffixes.map((x) => `${x.form}:${x.tag}`).join(" ")]);
    const expected = [
      ["Сотының", "Сот", "ы:poss3 ның:genitive"],
      ["сотының", "сот", "ы:poss3 ның:genitive"],
      ["СОТЫНЫҢ", "СОТ", "Ы:poss3 НЫҢ:genitive"],
      ["сотқа", "сот", "қа:dative"],
      ["Сотының", "Сот", "ы:poss3 ның:genitive"],
    ];
    expect(grammar(annotate(text, kk))).toEqual(expected);
    // Another text in between (the same words at other offsets, and more terms found than before)
    // does not change what the next call gives.
    annotate("алқабилер сотының судьялары Жоғарғы Соттың " + text, kk);
    expect(grammar(annotate(text, kk))).toEqual(expected);
  });

  it("gives the same answer whatever the index has read before, also once what it keeps is full", () => {
    // Made-up nouns (ending in а, so the dative is -ға), as many as the index keeps analyses and more.
    const letters = "бвгдзклмнпрстш";
    const madeUp = (i: number) => {
      let word = "";
      for (let n = i; word.length < 4 || n > 0; n = Math.floor(n / letters.length)) word += letters[n % letters.length] + "а";
      return word;
    };
    const nouns = Array.from({ length: KEPT_LIMITS.analyses + 100 }, (_, i) => madeUp(i));
    const index = buildTermIndex([...GLOSSARY, ...nouns.map((noun, i) => entry(`made-up-${i}`, noun, `слово${i}`, `word${i}`))], "kk");
    const text = `Жоғарғы Соттың судьялары алқабилер сотының жұмысы, сотқа, БҰҰ-ның, ${nouns[7]}ға, адам саудасына`;
    const first = annotate(text, index);
    expect(first.map((s) => s.text)).toEqual(["Жоғарғы Соттың", "судьялары", "алқабилер сотының", "сотқа", "БҰҰ-ның", `${nouns[7]}ға`, "адам саудасына"]);
    // Every noun in the dative (an analysis each), then more distinct words than the index keeps.
    const flood = nouns.map((noun) => `${noun}ға`);
    expect(annotate(flood.join(" "), index)).toHaveLength(flood.length);
    const words = Array.from({ length: KEPT_LIMITS.words + 100 }, (_, i) => `${madeUp(i + nouns.length)}ның`);
    annotate(words.join(" "), index);
    expect(annotate(text, index)).toEqual(first);
  });

  it("freezes the analyses it shares between spans", () => {
    const [a, b] = annotate("сотының сотының", kk);
    expect(a!.analysis).toBe(b!.analysis);
    expect(Object.isFrozen(a!.analysis)).toBe(true);
    expect(Object.isFrozen(a!.analysis!.suffixes)).toBe(true);
    expect(() => {
      "use strict";
      (a!.analysis!.suffixes as unknown[]).push({});
    }).toThrow(TypeError);
  });

  it("ignores case throughout", () => {
    expect(marks("ЖОҒАРҒЫ СОТЫ мен Жоғарғы Сотта")).toEqual([
      ["ЖОҒАРҒЫ СОТЫ", "supreme-court"],
      ["Жоғарғы Сотта", "supreme-court"],
    ]);
  });

  it("inflects the possessive head of a compound: н-cases and the plural of the possessive", () => {
    expect(marks("сот жүйелері, сот жүйесінің, алқабилер соттары, сот төрелігін, адам саудасына")).toEqual([
      ["сот жүйелері", "judicial-system"],
      ["сот жүйесінің", "judicial-system"],
      ["алқабилер соттары", "jury-trial"],
      ["сот төрелігін", "justice"],
      ["адам саудасына", "human-trafficking"],
    ]);
  });

  it("accepts the first noun of a possessive compound in the genitive", () => {
    expect(marks("заңның үстемдігі")).toEqual([["заңның үстемдігі", "rule-of-law"]]);
  });

  it("lets the longest term win and never overlaps spans", () => {
    expect(marks("ювеналды сот төрелігінің")).toEqual([["ювеналды сот төрелігінің", "juvenile-justice"]]);
    expect(marks("сот төрелігі")).toEqual([["сот төрелігі", "justice"]]);
  });

  it("finds a variant as its entry", () => {
    expect(marks("ювеналдық сот төрелігі және адам трафигіне")).toEqual([
      ["ювеналдық сот төрелігі", "juvenile-justice"],
      ["адам трафигіне", "human-trafficking"],
    ]);
  });

  it("finds abbreviations with suffixes after a hyphen", () => {
    expect(marks("БҰҰ-ның және AIFC-тың")).toEqual([
      ["БҰҰ-ның", "un"],
      ["AIFC-тың", "aifc"],
    ]);
  });

  it("falls into none of the over-matching traps", () => {
    const text =
      "сотталған сотталушы соттылық алқабилер судьялық Үкіметінің куәлігі заңнамада құқылы жедел-тергеу заңды күшіне Мемлекет";
    expect(marks(text)).toEqual([["алқабилер", "juror"], ["Үкіметінің", "government"]]);
  });

  it("reads a bare -ды/-ті form as the accusative when a verb takes it as object, and as the adjective otherwise", () => {
    expect(marks("Сот үкімді жариялады.")).toEqual([["Сот", "court"], ["үкімді", "verdict"]]);
    expect(marks("Судья сотты тағайындаған жоқ")).toEqual([["Судья", "judge"], ["сотты", "court"]]);
    // Before a noun, a copula or a verb of naming, or before punctuation: the adjective (заңды "lawful").
    expect(marks("заңды күшіне енді")).toEqual([]);
    expect(marks("шешім заңды деп танылды")).toEqual([]);
    expect(marks("заңды болып табылады")).toEqual([]);
    expect(marks("үкімді, шешімді")).toEqual([]);
  });

  it("reads шешімді, шағымды and берешекті before a verb as the accusative of the one-word term", () => {
    const index = buildTermIndex([entry("decision", "шешім"), entry("complaint", "шағым"), entry("debt", "берешек"), entry("law", "заң")], "kk");
    const read = (text: string) => annotate(text, index).map((s) => [s.text, s.termId, s.analysis?.lemma, s.analysis?.suffixes.map((x) => `${x.form}:${x.tag}`)]);
    expect(read("Сот шешімді шығарды.")).toEqual([["шешімді", "decision", "шешім", ["ді:accusative"]]]);
    expect(read("шағымды қарады")).toEqual([["шағымды", "complaint", "шағым", ["ды:accusative"]]]);
    expect(read("берешекті өтеді")).toEqual([["берешекті", "debt", "берешек", ["ті:accusative"]]]);
    // The same letters before a noun: the adjective заңды (lawful), not the accusative of заң.
    expect(read("заңды тұлға")).toEqual([]);
  });

  it("finds a compound whose head is a Russian loan in -ь, also written with Latin i (the 1998 Constitution's «алқа заседательдерiнiң»)", () => {
    const jurors = buildTermIndex([entry("juror-1998", "алқа заседателі", "присяжный заседатель", "juror"), entry("panel", "алқа", "коллегия", "panel")], "kk");
    expect(marks("алқа заседательдерiнiң қатысуымен", jurors)).toEqual([["алқа заседательдерiнiң", "juror-1998"]]);
    expect(marks("алқа заседателінің", jurors)).toEqual([["алқа заседателінің", "juror-1998"]]);
    expect(annotate("алқа заседательдері", jurors)[0]?.analysis).toMatchObject({ lemma: "заседатель", suffixes: [{ form: "дер", tag: "plural" }, { form: "і", tag: "poss3" }] });
  });

  it("finds a term whose object word inflects before its verbal noun: берешекті … рәсімі as «берешегін … рәсімін»", () => {
    const index = buildTermIndex(
      [entry("restructuring", "берешекті қайта құрылымдау рәсімі", "x", "debt restructuring procedure"), entry("legal-entity", "заңды тұлға", "юридическое лицо", "legal entity")],
      "kk",
    );
    expect(marks("берешегін қайта құрылымдау рәсімін", index)).toEqual([["берешегін қайта құрылымдау рәсімін", "restructuring"]]);
    expect(marks("берешектерін қайта құрылымдау рәсімі", index)).toEqual([["берешектерін қайта құрылымдау рәсімі", "restructuring"]]);
    // Without a verbal noun after it, a -ды word is the adjective and does not vary (заңды "lawful").
    expect(marks("заңын тұлға", index)).toEqual([]);
  });

  it("tells Үкімет from үкім", () => {
    expect(marks("Үкімет үкімі")).toEqual([
      ["Үкімет", "government"],
      ["үкімі", "verdict"],
    ]);
  });

  it("copes with Latin look-alikes, soft hyphens and typographic hyphens, keeping original offsets", () => {
    const text = "Жоғарғы сoттың (Latin o) және Сыбайлас жемқорлықтың, Мемлекет\u00a0басшысы, сот\u00adтың";
    const spans = annotate(text, kk);
    expect(spans.map((s) => [s.text, s.termId])).toEqual([
      ["Жоғарғы сoттың", "supreme-court"],
      ["Сыбайлас жемқорлықтың", "corruption"],
      ["Мемлекет\u00a0басшысы", "head-of-state"],
      ["сот\u00adтың", "court"],
    ]);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("gives the analysis of the inflected word with the suffixes as written", () => {
    const [span] = annotate("Алқабилер СОТЫНЫҢ", kk);
    expect(span?.analysis).toEqual({
      lemma: "сот",
      stem: "СОТ",
      suffixes: [
        { form: "Ы", tag: "poss3" },
        { form: "НЫҢ", tag: "genitive" },
      ],
    });
    const [voiced] = annotate("жемқорлығы", buildTermIndex([entry("c", "жемқорлық")], "kk"));
    expect(voiced?.analysis).toEqual({ lemma: "жемқорлық", stem: "жемқорлығ", suffixes: [{ form: "ы", tag: "poss3" }] });
    const [attributive] = annotate("сотындағы", kk);
    expect(attributive?.analysis?.suffixes).toEqual([
      { form: "ы", tag: "poss3" },
      { form: "нда", tag: "locative" },
      { form: "ғы", tag: "attributive" },
    ]);
    const [plural] = annotate("адам құқықтарының", kk);
    expect(plural?.analysis).toEqual({
      lemma: "құқық",
      stem: "құқық",
      suffixes: [
        { form: "тар", tag: "plural" },
        { form: "ы", tag: "poss3" },
        { form: "ның", tag: "genitive" },
      ],
    });
    const [abbreviation] = annotate("БҰҰ–ның", kk);
    expect(abbreviation?.analysis).toEqual({ lemma: "БҰҰ", stem: "БҰҰ", hyphen: "–", suffixes: [{ form: "ның", tag: "genitive" }] });
  });

  it("reads a term across the quotation marks of a name inside it", () => {
    expect(marks("«Астана» халықаралық қаржы орталығының")).toEqual([["Астана» халықаралық қаржы орталығының", "aifc-full"]]);
    expect(marks("Международного финансового центра «Астана»", ru)).toEqual([["Международного финансового центра «Астана", "aifc-full"]]);
  });

  it("does not join words across punctuation", () => {
    expect(marks("Жоғарғы, сот")).toEqual([["сот", "court"]]);
  });
});

describe("Russian terms in text", () => {
  it("inflects the head and its adjectives, keeping the words after the head", () => {
    expect(marks("Председатель Верховного суда, суда присяжных и ювенальной юстиции", ru)).toEqual([
      ["Верховного суда", "supreme-court"],
      ["суда присяжных", "jury-trial"],
      ["ювенальной юстиции", "juvenile-justice"],
    ]);
    expect(marks("в Верховном суде", ru)).toEqual([["Верховном суде", "supreme-court"]]);
  });

  it("keeps судья and суд apart", () => {
    expect(marks("судьи суда, судей судов", ru)).toEqual([
      ["судьи", "judge"],
      ["суда", "court"],
      ["судей", "judge"],
      ["судов", "court"],
    ]);
  });

  it("treats ё as е", () => {
    expect(marks("Организации Объединенных Наций", ru)).toEqual([["Организации Объединенных Наций", "un"]]);
  });

  it("does not inflect the words after the head", () => {
    expect(marks("суд присяжным", ru)).toEqual([["суд", "court"]]);
  });

  describe("whose inflected word is not the last", () => {
    const index = buildTermIndex(
      [
        ...GLOSSARY,
        entry("imprisonment", "бас бостандығынан айыру", "лишение свободы", "imprisonment"),
        entry("compensation-for-harm", "зиянды өтеу", "возмещение вреда", "compensation for harm"),
        entry("countering-human-trafficking", "адам саудасына қарсы іс-қимыл", "противодействие торговле людьми", "countering human trafficking"),
        entry("first-instance-court", "бірінші сатыдағы сот", "суд первой инстанции", "court of first instance"),
        entry("official", "мемлекеттік функцияларды орындауға уәкілетті адам", "лицо, уполномоченное на выполнение государственных функций", "official"),
        entry("ombudsman", "адам құқықтары жөніндегі уәкіл", "Уполномоченный по правам человека", "Human Rights Commissioner"),
        entry("coercion", "күштеп немесе психикалық мәжбүрлеу", "физическое или психическое принуждение", "physical or mental coercion"),
      ],
      "ru",
    );
    const spans = (text: string) => annotate(text, index).map((s) => [s.text, s.termId, s.analysis && [s.analysis.lemma, ...s.analysis.suffixes.map((x) => `${x.form}:${x.tag}`)]]);

    it("declines the head before a fixed complement and gives its grammar", () => {
      expect(spans("по борьбе с торговлей людьми")).toEqual([["торговлей людьми", "human-trafficking", ["торговля", "ей:case"]]]);
      expect(spans("о торговле людьми")).toEqual([["торговле людьми", "human-trafficking", ["торговля", "е:case"]]]);
      expect(spans("наказание в виде лишения свободы")).toEqual([["лишения свободы", "imprisonment", ["лишение", "я:case"]]]);
      expect(spans("возмещением вреда")).toEqual([["возмещением вреда", "compensation-for-harm", ["возмещение", "ем:case"]]]);
      expect(spans("Закон о противодействии торговле людьми")[1]).toEqual(["противодействии торговле людьми", "countering-human-trafficking", ["противодействие", "и:case"]]);
    });

    it("declines a participle after the head and adjectives joined by a conjunction", () => {
      // The grammar is that of the span's last inflected word, here the participle.
      expect(spans("лицом, уполномоченным на выполнение государственных функций")).toEqual([
        ["лицом, уполномоченным на выполнение государственных функций", "official", ["уполномоченное", "ым:case"]],
      ]);
      expect(spans("без физического или психического принуждения")).toEqual([["физического или психического принуждения", "coercion", ["принуждение", "я:case"]]]);
      expect(spans("Уполномоченному по правам человека")).toEqual([["Уполномоченному по правам человека", "ombudsman", ["уполномоченный", "ому:case"]]]);
    });

    it("marks no phrase whose complement, preposition or adjective after the head is inflected", () => {
      expect(spans("торговлей людей")).toEqual([]);
      expect(spans("возмещения вредом")).toEqual([]);
      expect(spans("Уполномоченному пу правам человека").map(([, id]) => id)).not.toContain("ombudsman");
      expect(spans("суда первого инстанции").map(([text, id]) => [text, id])).toEqual([["суда", "court"]]);
      expect(spans("лицом, уполномоченным на выполнение иных функций")).toEqual([]);
    });
  });
});

describe("English terms in text", () => {
  it("finds plurals and possessives of the last word, case-insensitively", () => {
    expect(marks("The SUPREME COURT's judges, the courts' rulings, two jury trials", en)).toEqual([
      ["SUPREME COURT's", "supreme-court"],
      ["judges", "judge"],
      ["courts'", "court"],
      ["jury trials", "jury-trial"],
    ]);
  });

  it("does not pluralize abbreviations or inflect earlier words", () => {
    expect(marks("UNs supremes court", en)).toEqual([["court", "court"]]);
  });
});

function checkSpans(text: string, spans: Span[]): void {
  let previousEnd = 0;
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(previousEnd);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(s.text).toBe(text.slice(s.start, s.end));
    previousEnd = s.end;
  }
}

describe("properties on any input", () => {
  const pieces = fc.constantFrom(
    "сот", "Соттың", "алқабилер", "сотының", "Жоғарғы", "БҰҰ-ның", "AIFC-", "-", "\u2013", "\u00ad", " ", "\u00a0", "\n",
    "i", "ə", "o", "суда", "присяжных", "court's", "'", "\u0306", "😀", "заң", "үстемдігі", "заңның",
  );
  const text = fc.oneof(
    fc.string({ unit: "binary", maxLength: 80 }),
    fc.array(fc.oneof(pieces, fc.string({ unit: "binary", maxLength: 3 })), { maxLength: 30 }).map((parts) => parts.join("")),
  );

  it("never throws, and spans are sorted, in bounds, non-overlapping and equal to their slice", () => {
    fc.assert(
      fc.property(text, (input) => {
        for (const index of [kk, ru, en]) checkSpans(input, annotate(input, index));
      }),
      { numRuns: 400 },
    );
  });
});

describe("annotate with a cap", () => {
  it("stops one span past maxSpans, and gives every span below the cap", () => {
    const index = buildTermIndex([entry("court", "сот")], "kk");
    const text = "сот ".repeat(50);
    expect(annotate(text, index, { maxSpans: 10 })).toEqual(annotate(text, index).slice(0, 11));
    expect(annotate(text, index, { maxSpans: 50 })).toHaveLength(50);
  });
});
