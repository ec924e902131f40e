// Every script a page runs as it starts carries Chrome's compile hint (added by `npm run
// build`, see lib/build/compile-hints.ts), so a phone compiles them off the main thread; the
// legacy polyfills, which modern browsers skip, do not.
import { COMPILE_HINT, pageScripts } from "@/lib/build/compile-hints";
import { ARTICLE } from "./reader-helpers";
import { BASE_URL } from "./support/server";

const PAGES = ["/kk", `/kk/articles/${ARTICLE}`, "/ru/glossary", "/en/glossary/jury-trial", "/en/annotate"];

describe("the scripts a page starts with", () => {
  it.each(PAGES)("are all marked for eager compilation on %s", async (page) => {
    const response = await fetch(`${BASE_URL}${page}`);
    expect(response.status).toBe(200);
    const scripts = pageScripts(await response.text());
    const started = scripts.filter((s) => s.runs);
    expect(started.length).toBeGreaterThan(3);
    for (const script of started) {
      const source = await (await fetch(new URL(script.src, BASE_URL))).text();
      expect({ src: script.src, firstLine: source.slice(0, source.indexOf("\n")) }).toEqual({ src: script.src, firstLine: COMPILE_HINT });
    }
    for (const script of scripts.filter((s) => !s.runs)) {
      expect((await (await fetch(new URL(script.src, BASE_URL))).text()).startsWith(COMPILE_HINT)).toBe(false);
    }
  });
});
