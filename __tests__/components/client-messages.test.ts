// The browser gets the layout's namespaces without the messages only server components say
// (SERVER_ONLY_MESSAGES). That list is safe only while no code that runs in the browser asks for
// one of them: this test follows the imports from every "use client" module and fails on a
// browser module that names a left-out key of a namespace it translates with.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { pickClientMessages, SERVER_ONLY_MESSAGES } from "@/components/intl/client-messages";
import en from "@/messages/en.json";

const ROOT = path.resolve(__dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

/** The project's module an import names, or null for a package. */
function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? path.join(ROOT, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier) : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const importsOf = (file: string, text: string): string[] =>
  [...text.matchAll(/(?:import|export)\s+(?!type\b)[^'"]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)]
    .map((m) => resolveImport(file, (m[1] ?? m[2])!))
    .filter((f): f is string => f !== null);

/** Every module that runs in the browser: the "use client" ones and all they import. */
function browserModules(): Map<string, string> {
  const all = ["components", "app", "lib", "i18n"].flatMap((dir) => sources(path.join(ROOT, dir)));
  const seen = new Map<string, string>();
  const queue = all.filter((file) => /^\s*(\/\/[^\n]*\n\s*)*["']use client["']/.test(readFileSync(file, "utf8")));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    const text = readFileSync(file, "utf8");
    seen.set(file, text);
    queue.push(...importsOf(file, text));
  }
  return seen;
}

describe("the messages the browser gets with every page", () => {
  const modules = browserModules();

  it("finds the browser's modules by their imports", () => {
    const names = [...modules.keys()].map((file) => path.relative(ROOT, file));
    expect(names).toContain("components/article/article-text.tsx");
    // Not marked "use client" itself, but imported by the card layer, so it runs in the browser.
    expect(names).toContain("lib/marks/marks-html.ts");
    expect(names).not.toContain("components/article/article-header.tsx");
  });

  it.each(Object.entries(SERVER_ONLY_MESSAGES))("leave out of %s only what no browser module asks for", (namespace, keys) => {
    const askers = [...modules].filter(([, text]) => text.includes(`useTranslations("${namespace}")`));
    expect(askers.length).toBeGreaterThan(0);
    const asked = askers.flatMap(([file, text]) =>
      (keys as readonly string[]).filter((key) => new RegExp(`["'\`]${key}["'\`]`).test(text)).map((key) => `${path.relative(ROOT, file)}: ${namespace}.${key}`),
    );
    expect(asked).toEqual([]);
  });

  it("are the layout's namespaces, each whole but for its server-only messages", () => {
    const picked = pickClientMessages(en as unknown as Record<string, unknown>) as Record<string, Record<string, unknown>>;
    const layout = en.Layout as Record<string, string>;
    expect(Object.keys(picked.Layout!).sort()).toEqual(Object.keys(layout).filter((key) => !(SERVER_ONLY_MESSAGES.Layout as readonly string[]).includes(key)).sort());
    expect(picked.Layout!.navLabel).toBe(layout.navLabel);
    expect(picked.Term).toEqual(en.Term);
    expect(picked.Article).not.toHaveProperty("back");
    expect(picked.Article).toHaveProperty("termList", en.Article.termList);
  });
});
