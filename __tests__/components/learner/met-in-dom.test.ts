/** @jest-environment jsdom */
// Where a saved term was met, as the card's "save" reads it from the page: the source and the
// paragraph from the attributes the pages set, the form and its grammar from the mark, and the
// sentence around the mark even when the paragraph holds other marks and several sentences.
import { readMetMark, sentenceInHtml, sentenceOf } from "@/components/learner/met-in-dom";
import { registerOriginal } from "@/components/term/original-text";
import { toLatin } from "@/lib/translit";

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

const ARTICLE = `
  <section data-source-kind="article" data-source-id="court-news" data-source-title="Сот жаңалығы" data-text-href="/en/articles/court-news/text.json">
    <div data-row="">
      <p id="p3" data-col="kk" data-paragraph="3">Бірінші сөйлем. Бұл <a data-term="court">сот</a> және <a data-term="jury-trial" data-grammar="сот|сот||ы:poss3,ның:genitive">алқабилер сотының</a> ісі. Соңғы сөйлем.</p>
      <p id="p3-ru" data-col="ru" data-paragraph="3">Первое предложение. Это дело <a data-term="jury-trial">суда присяжных</a>. Последнее.</p>
    </div>
  </section>`;

describe("reading where a mark was met", () => {
  it("gives the article, its paragraph, the form with its grammar, and the sentence around the mark only", () => {
    page(ARTICLE);
    const mark = document.querySelector<HTMLElement>('[data-col="kk"] [data-term="jury-trial"]')!;
    const met = readMetMark(mark, "kk");
    expect(met).toMatchObject({
      form: "алқабилер сотының",
      grammar: "сот|сот||ы:poss3,ның:genitive",
      lang: "kk",
      sentence: { before: "Бұл сот және ", term: "алқабилер сотының", after: " ісі." },
      metIn: { kind: "article", slug: "court-news", title: "Сот жаңалығы", paragraph: 3 },
      textHref: "/en/articles/court-news/text.json",
    });
    // The translation column beside it in the same row is found for the translation sentence.
    expect(typeof met === "object" && met.rowTranslation?.lang).toBe("ru");
  });

  it("takes a mark met in a translation column as met in that language, with no translation of its own", () => {
    page(ARTICLE);
    const met = readMetMark(document.querySelector<HTMLElement>('[data-col="ru"] [data-term="jury-trial"]')!, "kk");
    expect(met).toMatchObject({ lang: "ru", sentence: { before: "Это дело ", term: "суда присяжных", after: "." } });
    expect(typeof met === "object" && met.rowTranslation).toBeUndefined();
  });

  it("keeps the Cyrillic form and sentence of a mark met in the Latin view, from the registered original", () => {
    const kk = `Бұл <a data-term="court">сот</a>. Екінші <a data-term="court">соттың</a> ісі.`;
    const latin = kk.replace(/>([^<]+)</g, (_m, text: string) => `>${toLatin(text)}<`).replace(/^[^<]+/, (text) => toLatin(text));
    page(`<section data-source-kind="article" data-source-id="court-news" data-source-title="Сот"><div data-row=""><p id="p2" lang="kk-Latn" data-col="kk" data-paragraph="2">${latin}</p></div></section>`);
    const second = document.querySelectorAll<HTMLElement>("[data-term=court]")[1]!;
    expect(second.textContent).toBe("sottyñ");
    const unregister = registerOriginal("court-news", ["Бірінші.", kk]);
    expect(readMetMark(second, "kk")).toMatchObject({ form: "соттың", sentence: { before: "Екінші ", term: "соттың", after: " ісі." } });
    // Without the original (none registered) it keeps what the page shows.
    unregister();
    expect(readMetMark(second, "kk")).toMatchObject({ form: "sottyñ" });
  });

  it("gives an own text's id and title", () => {
    page(`<div data-source-kind="text" data-source-id="t-1" data-source-title="Менің мәтінім"><p data-col="ru" data-paragraph="1">Это <a data-term="court">суд</a>.</p></div>`);
    expect(readMetMark(document.querySelector<HTMLElement>("[data-term]")!, "kk")).toMatchObject({
      lang: "ru",
      metIn: { kind: "text", id: "t-1", title: "Менің мәтінім", paragraph: 1 },
    });
  });

  it("says what the page did not tell instead of inventing it", () => {
    page(`<p data-col="kk" data-paragraph="1"><a data-term="court">сот</a></p>`);
    expect(readMetMark(document.querySelector<HTMLElement>("[data-term]")!, "kk")).toBe("noSource");
    page(`<div data-source-kind="text" data-source-id="t-1"><span><a data-term="court">сот</a></span></div>`);
    expect(readMetMark(document.querySelector<HTMLElement>("[data-term]")!, "kk")).toBe("noParagraph");
  });
});

describe("the sentence around a mark", () => {
  it("counts the text of the elements before the mark", () => {
    page(`<p>Алдымен <b>қалың <i>сөз</i></b>. Содан <a data-term="x">сот</a> келді. Соңы.</p>`);
    expect(sentenceOf(document.querySelector("p")!, document.querySelector("a")!)).toEqual({ before: "Содан ", term: "сот", after: " келді." });
  });

  it("is found in a translated paragraph given as HTML, as plain text, and only where the entry is marked", () => {
    const html = 'Первое. Это дело <a href="/ru/glossary/jury-trial" data-term="jury-trial">суда &amp; присяжных</a> здесь. Конец.';
    expect(sentenceInHtml(html, "jury-trial")).toEqual({ before: "Это дело ", term: "суда & присяжных", after: " здесь." });
    expect(sentenceInHtml(html, "court")).toBeUndefined();
  });
});
