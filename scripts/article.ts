// The article editor's command line: `article new` adds an article from the editor's texts,
// checked as the site checks it, so that a new article never reaches the build half-right. It
// speaks kk, ru or en (--lang, else the locale environment) through messages/*.json, as `glossary` does.
import { runArticleNew } from "./lib/article-cli/new";
import { exitCodeOf, readCommandLine } from "./lib/glossary-cli/context";
import { LENGTH_RATIO } from "@/lib/articles/align";

const OPTIONS = {
  lang: { type: "string" },
  glossary: { type: "string" },
  articles: { type: "string" },
  slug: { type: "string" },
  kk: { type: "string" },
  ru: { type: "string" },
  en: { type: "string" },
  "title-kk": { type: "string" },
  "title-ru": { type: "string" },
  "title-en": { type: "string" },
  date: { type: "string" },
  source: { type: "string" },
  url: { type: "string" },
  help: { type: "boolean", short: "h", default: false },
} as const;

function main(argv: string[]): number {
  const read = readCommandLine(argv, OPTIONS, (ctx) => ctx.t("article.usage", LENGTH_RATIO));
  if (typeof read === "number") return read;
  const { ctx, values: v, positionals } = read;
  const [command, ...rest] = positionals;
  if (v.help || command === undefined || command === "help") {
    ctx.out(ctx.t("article.usage", LENGTH_RATIO));
    return command === undefined && !v.help ? 2 : 0;
  }
  if (command !== "new" || rest.length > 0) {
    ctx.err(ctx.t(command === "new" ? "unexpectedArgument" : "unknownCommand", { command, argument: rest.join(" ") }));
    ctx.err(ctx.t("article.usage", LENGTH_RATIO));
    return 2;
  }
  try {
    return runArticleNew(ctx, {
      slug: v.slug,
      files: { kk: v.kk, ru: v.ru, en: v.en },
      titles: { kk: v["title-kk"], ru: v["title-ru"], en: v["title-en"] },
      meta: { date: v.date, source: v.source, sourceUrl: v.url },
    });
  } catch (error) {
    return exitCodeOf(ctx, error);
  }
}

process.exitCode = main(process.argv.slice(2));
