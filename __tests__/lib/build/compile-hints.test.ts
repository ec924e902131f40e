import { COMPILE_HINT, hasCompileHint, pageScripts, shiftSourceMap, startupChunks, withCompileHint } from "@/lib/build/compile-hints";

describe("startupChunks", () => {
  it("takes the framework chunks and every page's entry chunks once, without the polyfills or non-scripts", () => {
    const chunks = startupChunks({
      rootMainFiles: ["static/chunks/react.js", "static/chunks/runtime.js"],
      polyfillFiles: ["static/chunks/polyfills.js"],
      entryJSFiles: [
        { "[project]/app/layout": ["static/chunks/layout.js"], "[project]/app/page": ["static/chunks/layout.js", "static/chunks/article.js"] },
        { "[project]/app/glossary/page": ["static/chunks/glossary.js", "static/chunks/polyfills.js", "static/chunks/glossary.css"] },
      ],
    });
    expect(chunks).toEqual([
      "static/chunks/article.js",
      "static/chunks/glossary.js",
      "static/chunks/layout.js",
      "static/chunks/react.js",
      "static/chunks/runtime.js",
    ]);
  });
});

describe("withCompileHint", () => {
  it("puts the magic comment on a line of its own before the script, once", () => {
    const source = '(globalThis.TURBOPACK||[]).push(["x",1,e=>{}]);';
    const hinted = withCompileHint(source);
    expect(hinted).toBe(`//# allFunctionsCalledOnLoad\n${source}`);
    expect(hinted.split("\n")[0]).toBe(COMPILE_HINT);
    expect(hasCompileHint(source)).toBe(false);
    expect(hasCompileHint(hinted)).toBe(true);
    expect(withCompileHint(hinted)).toBe(hinted);
  });

  it("keeps a script that merely mentions the hint further down unmarked", () => {
    const source = `let a = 1;\n${COMPILE_HINT}\n`;
    expect(hasCompileHint(source)).toBe(false);
    expect(withCompileHint(source).startsWith(`${COMPILE_HINT}\nlet a`)).toBe(true);
  });
});

describe("shiftSourceMap", () => {
  it("moves every mapping one generated line down and keeps the rest of the map", () => {
    const map = JSON.stringify({ version: 3, sources: ["a.ts"], names: [], mappings: "AAAA;AACA" });
    expect(JSON.parse(shiftSourceMap(map))).toEqual({ version: 3, sources: ["a.ts"], names: [], mappings: ";AAAA;AACA" });
  });
});

describe("pageScripts", () => {
  it("lists a page's external scripts and tells the legacy noModule ones apart", () => {
    const html =
      '<head><script src="/_next/static/chunks/a.js" async=""></script><script>self.__next_f=[]</script>' +
      '<script src="/_next/static/chunks/poly.js" noModule=""></script><script async src="/b.js"></script></head>';
    expect(pageScripts(html)).toEqual([
      { src: "/_next/static/chunks/a.js", runs: true },
      { src: "/_next/static/chunks/poly.js", runs: false },
      { src: "/b.js", runs: true },
    ]);
  });
});
