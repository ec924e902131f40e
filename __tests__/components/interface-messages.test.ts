// The interface speaks Kazakh, Russian and English: the three message files have the same keys,
// and each message is valid ICU using the same arguments in every language.
import { IntlMessageFormat } from "intl-messageformat";
import { SUFFIX_TAGS } from "@/lib/annotate/types";
import en from "@/messages/en.json";
import kk from "@/messages/kk.json";
import ru from "@/messages/ru.json";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

function argumentsOf(message: string, locale: string): string[] {
  const names = new Set<string>();
  const walk = (elements: unknown[]) => {
    for (const element of elements as { type: number; value?: string; options?: Record<string, { value: unknown[] }>; children?: unknown[] }[]) {
      if (element.type !== 0 && element.type !== 7 && element.value) names.add(element.value);
      for (const option of Object.values(element.options ?? {})) walk(option.value);
      if (element.children) walk(element.children);
    }
  };
  walk(new IntlMessageFormat(message, locale).getAst());
  return [...names].sort();
}

const files = { kk: flatten(kk as Tree), ru: flatten(ru as Tree), en: flatten(en as Tree) };

describe("the interface messages", () => {
  it("have the same keys in Kazakh, Russian and English", () => {
    const keys = [...files.en.keys()].sort();
    expect([...files.kk.keys()].sort()).toEqual(keys);
    expect([...files.ru.keys()].sort()).toEqual(keys);
  });

  it.each(["kk", "ru", "en"] as const)("are valid ICU in %s with the same arguments as in English", (locale) => {
    for (const [key, message] of files[locale]) {
      const english = files.en.get(key);
      if (english === undefined) continue;
      expect([key, argumentsOf(message, locale)]).toEqual([key, argumentsOf(english, "en")]);
    }
  });

  it("print counts without digit grouping, so that the server and the browser write them alike", () => {
    // Chromium has no Kazakh number data and writes 1034 as "1,034", Node as "1 034": a grouped
    // count in a server-rendered message broke hydration (React error 418) once the glossary
    // passed 1,000 entries. The command line's messages (cli.*) never reach a browser.
    for (const locale of ["kk", "ru", "en"] as const) {
      for (const [key, message] of files[locale]) {
        // The annotate page's refusals are formatted in the browser alone, after a submit: no
        // server HTML to match, and a long count reads better grouped (50,000).
        if (key.startsWith("cli.") || key === "Annotate.tooLong" || key === "Annotate.tooManyMarks") continue;
        const format = new IntlMessageFormat(message, locale);
        const values = Object.fromEntries(argumentsOf(message, locale).map((name) => [name, 123456]));
        expect([key, format.format(values)]).toEqual([key, expect.not.stringMatching(/123[^0-9]456/)]);
      }
    }
  });

  it("name every grammatical suffix the term engine can report", () => {
    for (const locale of ["kk", "ru", "en"] as const) {
      for (const tag of SUFFIX_TAGS) expect(files[locale].get(`Grammar.${tag}`)).toBeTruthy();
    }
  });

  it("describe a term mark with its term and both equivalents", () => {
    for (const locale of ["kk", "ru", "en"] as const) {
      expect(argumentsOf(files[locale].get("Term.description")!, locale)).toEqual(["en", "ru", "term"]);
    }
  });
});
