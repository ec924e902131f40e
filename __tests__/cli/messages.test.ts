// Every message the command line and the problem reports use exists in kk, ru and en, and
// each is valid ICU with the same arguments in the three languages.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { CLI_LANGS, hasCliMessage } from "@/lib/cli-i18n";
import { PROBLEM_CODES } from "@/lib/problems";
import en from "@/messages/en.json";
import kk from "@/messages/kk.json";
import ru from "@/messages/ru.json";

const ROOT = path.resolve(__dirname, "../..");
const CLI_SOURCES = ["scripts/lib/glossary-cli", "scripts/lib/article-cli"].map((dir) => path.join(ROOT, dir));

/** Keys passed to ctx.t("…") in the command line's sources (the glossary and article commands). */
function keysUsedByCli(): string[] {
  const files = [
    ...["scripts/glossary.ts", "scripts/article.ts"].map((f) => path.join(ROOT, f)),
    ...CLI_SOURCES.flatMap((dir) => readdirSync(dir).map((f) => path.join(dir, f))),
  ];
  const keys = new Set<string>();
  for (const file of files) {
    const source = readFileSync(file, "utf8");
    for (const match of source.matchAll(/\bt\(\s*"([\w.]+)"/g)) if (match[1]) keys.add(match[1]);
    // ctx.t(run ? "a" : "b", …): both branches.
    for (const match of source.matchAll(/\bt\(\s*\w+\s*\?\s*"([\w.]+)"\s*:\s*"([\w.]+)"/g)) {
      if (match[1]) keys.add(match[1]);
      if (match[2]) keys.add(match[2]);
    }
  }
  return [...keys].sort();
}

function flatten(value: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === "string") out.set(prefix, value);
  else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      for (const [k, v] of flatten(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
    }
  }
  return out;
}

/** Names of the ICU arguments of a message. */
function argumentsOf(message: string, locale: string): string[] {
  const names = new Set<string>();
  const walk = (elements: unknown): void => {
    if (!Array.isArray(elements)) return;
    for (const element of elements) {
      if (!element || typeof element !== "object") continue;
      if ("value" in element && typeof element.value === "string" && "type" in element && element.type !== 0) names.add(element.value);
      if ("options" in element && element.options && typeof element.options === "object") {
        for (const option of Object.values(element.options)) {
          if (option && typeof option === "object" && "value" in option) walk(option.value);
        }
      }
    }
  };
  walk(new IntlMessageFormat(message, locale).getAst());
  return [...names].sort();
}

describe("command-line messages", () => {
  const used = keysUsedByCli();

  it("finds the keys the command line uses", () => {
    expect(used).toEqual(expect.arrayContaining(["check.summary", "new.created", "usage", "export.failed", "article.usage", "article.created"]));
    expect(argumentsOf(en.Problem.wrongType, "en")).toEqual(["expected", "received"]);
  });

  it.each(CLI_LANGS)("has every key the command line uses in %s", (lang) => {
    const missing = [...used, ...PROBLEM_CODES.map((code) => `Problem.${code}`)].filter((key) => !hasCliMessage(lang, key));
    expect(missing).toEqual([]);
  });

  it("has the same cli keys, with the same ICU arguments, in kk, ru and en", () => {
    const reference = flatten(en.cli);
    for (const [locale, messages] of [["kk", kk.cli], ["ru", ru.cli]] as const) {
      const other = flatten(messages);
      expect([...other.keys()].sort()).toEqual([...reference.keys()].sort());
      for (const [key, message] of reference) {
        expect([key, argumentsOf(other.get(key) ?? "", locale)]).toEqual([key, argumentsOf(message, "en")]);
      }
    }
  });
});
