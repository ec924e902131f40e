// The articles' flashcards (the content as built): each card carries the sentence's translation
// with the equivalent in bold, a term gives the same GUID from any article, and the Latin file
// changes only the Kazakh side.
import { parse } from "csv-parse/sync";
import { GET as getCyrillic } from "@/app/[locale]/articles/[slug]/flashcards.csv/route";
import { GET as getLatin } from "@/app/[locale]/articles/[slug]/flashcards-latn.csv/route";
import { getFlashcards } from "@/server/article-view";
import { getArticles } from "@/server/content";
import { toLatin } from "@/lib/translit";

const rowsOf = (csv: string): string[][] => parse(csv, { comment: "#", comment_no_infix: true });
const request = new Request("http://localhost/");
async function csvOf(get: typeof getCyrillic, locale: string, slug: string): Promise<{ csv: string; response: Response }> {
  const response = await get(request, { params: Promise.resolve({ locale, slug }) });
  return { csv: await response.text(), response };
}

// Read the content once, as the production build does (outside it, every call reads the files again).
const env = process.env as Record<string, string | undefined>;
const nodeEnv = env.NODE_ENV;
env.NODE_ENV = "production";
afterAll(() => {
  env.NODE_ENV = nodeEnv;
});

const articles = getArticles();
/** Two articles that share a term, and that term. */
function sharedTerm(): { a: string; b: string; id: string } {
  const ids = new Map<string, string>();
  for (const article of articles) {
    for (const card of getFlashcards(article.slug) ?? []) {
      const first = ids.get(card.entry.id);
      if (first && first !== article.slug) return { a: first, b: article.slug, id: card.entry.id };
      if (!first) ids.set(card.entry.id, article.slug);
    }
  }
  throw new Error("no two articles share a term");
}

describe("article flashcards", () => {
  const slug = articles[0]!.slug;

  it("gives cards the translation sentence of the interface language (Russian for Kazakh), holding the equivalent", () => {
    for (const [locale, lang] of [["kk", "ru"], ["ru", "ru"], ["en", "en"]] as const) {
      const cards = getFlashcards(slug, locale)!;
      const translated = cards.filter((c) => c.translation);
      expect(translated.length).toBeGreaterThan(cards.length / 2);
      for (const card of translated) {
        expect(card.translation!.lang).toBe(lang);
        const { before, term, after } = card.translation!.sentence;
        // The sentence is the translation's own text, and the marked equivalent is in it.
        expect(term.trim()).not.toBe("");
        const flat = (articles[0]?.[lang]?.paragraphs ?? []).map((p) => p.text.replace(/\s+/g, " "));
        expect(flat.some((p) => p.includes(before + term + after))).toBe(true);
        expect(card.translation!.sentence).not.toEqual(card.sentence);
        expect(card.source).toEqual({ kind: "article", slug });
      }
    }
  });

  it("writes the CSV with Anki's headers, the article's title as deck, and the translation in bold on the back", async () => {
    const { csv, response } = await csvOf(getCyrillic, "ru", slug);
    expect(response.headers.get("Content-Disposition")).toBe(`attachment; filename="${slug}-flashcards.csv"`);
    expect(csv.split("\n").slice(0, 7)).toEqual([
      "#separator:comma",
      "#html:true",
      "#notetype:Basic",
      `#deck:${articles[0]!.kk.meta.title.replace(/\s+/g, " ").trim()}`,
      "#guid column:1",
      "#tags column:4",
      "#columns:GUID,Front,Back,Tags",
    ]);
    const rows = rowsOf(csv);
    const card = getFlashcards(slug, "ru")!.find((c) => c.translation)!;
    const row = rows.find((r) => r[0] === `zan-reader:${card.entry.id}`)!;
    expect(row[2]).toContain(`<i lang="ru">`);
    expect(row[2]).toContain(`<b>${card.translation!.sentence.term}</b>`);
    expect(row[3]!.split(" ")).toContain(`zan-reader::article::${slug}`);
    for (const r of rows) expect(r[3]).toMatch(/^zan-reader::\S+( zan-reader::\S+)*$/);
  });

  it("gives the same entry the same GUID from two different articles", async () => {
    const { a, b, id } = sharedTerm();
    const guid = (csv: string) => rowsOf(csv).find((r) => r[1] !== undefined && r[0] === `zan-reader:${id}`)?.[0];
    const fromA = guid((await csvOf(getCyrillic, "kk", a)).csv);
    const fromB = guid((await csvOf(getLatin, "en", b)).csv);
    expect(fromA).toBe(`zan-reader:${id}`);
    expect(fromB).toBe(fromA);
  });

  it("in the Latin file shows the Kazakh front in Latin and leaves Russian untouched", async () => {
    const cyrl = rowsOf((await csvOf(getCyrillic, "ru", slug)).csv);
    const { csv, response } = await csvOf(getLatin, "ru", slug);
    expect(response.headers.get("Content-Disposition")).toBe(`attachment; filename="${slug}-flashcards-latn.csv"`);
    const latn = rowsOf(csv);
    expect(latn.map((r) => r[0])).toEqual(cyrl.map((r) => r[0]));
    for (const [i, row] of latn.entries()) {
      expect(row[1]).toBe(toLatin(cyrl[i]![1]!));
      expect(row[1]).not.toMatch(/\p{Script=Cyrillic}/u);
      // The equivalents line and the Russian translation are the same in both files.
      const [equivalents] = row[2]!.split("<br>");
      expect(equivalents).toBe(cyrl[i]![2]!.split("<br>")[0]);
      const ru = (back: string) => back.split("<br>").find((line) => line.startsWith('<i lang="ru">'));
      expect(ru(row[2]!)).toBe(ru(cyrl[i]![2]!));
    }
    expect(latn.some((r) => r[2]!.includes('<i lang="ru">'))).toBe(true);
  });

  it("answers 404 for an unknown article or language", async () => {
    expect((await csvOf(getCyrillic, "ru", "no-such-article")).response.status).toBe(404);
    expect((await csvOf(getLatin, "de", slug)).response.status).toBe(404);
  });
});
