// The self-hosted fonts must cover every letter of Kazakh Cyrillic and of the 2021 Latin
// alphabet, from files that ship with the app (nothing is fetched at run time), and the ones
// every page needs are preloaded, so the first page opened shows them (app/fonts.ts).
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "..", "..");
const fontsSource = fs.readFileSync(path.join(root, "app", "fonts.ts"), "utf8");
const globals = fs.readFileSync(path.join(root, "app", "globals.css"), "utf8");

interface Face {
  src: string;
  variable: string;
  preload: boolean;
  ranges: [number, number][];
}

/** The localFont({...}) calls of app/fonts.ts, read from its source. */
function faces(source: string): Face[] {
  return [...source.matchAll(/localFont\(\{([\s\S]*?)\n\}\);/g)].map(([, body = ""]) => ({
    src: /src:\s*"([^"]+)"/.exec(body)?.[1] ?? "",
    variable: /variable:\s*"([^"]+)"/.exec(body)?.[1] ?? "",
    preload: /preload:\s*true/.test(body),
    ranges: (/prop:\s*"unicode-range",\s*value:\s*"([^"]+)"/.exec(body)?.[1] ?? "")
      .split(",")
      .map((part) => part.trim().replace(/^U\+/i, ""))
      .filter(Boolean)
      .map((part) => {
        const [from = "", to = from] = part.split("-");
        return [parseInt(from, 16), parseInt(to, 16)] as [number, number];
      }),
  }));
}

const all = faces(fontsSource);
const inRange = (face: Face, char: string) => face.ranges.some(([from, to]) => char.codePointAt(0)! >= from && char.codePointAt(0)! <= to);
const covered = (char: string) => all.some((face) => inRange(face, char));

describe("the self-hosted fonts", () => {
  it("declare the four subsets, each with its characters", () => {
    expect(all).toHaveLength(4);
    for (const face of all) expect(face.ranges.length).toBeGreaterThan(0);
  });

  it.each([..."әғқңөұүһіӘҒҚҢӨҰҮҺІабвгдеёжзийклмнопрстуфхцчшщъыьэюя"])("cover the Kazakh letter %s", (char) => {
    expect(covered(char)).toBe(true);
  });

  it.each([..."äğñöūüşçıİÄĞÑÖŪÜŞÇ"])("cover the Latin-alphabet letter %s", (char) => {
    expect(covered(char)).toBe(true);
  });

  it("preload the faces of Kazakh Cyrillic text and of the interface's Latin letters, so the first page opened shows them", () => {
    for (const char of [..."әқңАа", "a", "Z", "1"]) {
      expect(all.filter((face) => face.preload).some((face) => inRange(face, char))).toBe(true);
    }
  });

  it("are named, every one, by the one text family the styles use", () => {
    const definition = /--font-text:\s*([^;]+);/.exec(globals)?.[1] ?? "";
    for (const face of all) expect(definition).toContain(`var(${face.variable})`);
  });

  it("are the only named fonts the styles ask for (no font the app does not ship, like a serif)", () => {
    const generic = new Set(["system-ui", "sans-serif", "serif", "monospace", "ui-monospace", "inherit", "var(--font-text)"]);
    const sheets = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? sheets(path.join(dir, d.name)) : d.name.endsWith(".css") ? [path.join(dir, d.name)] : []));
    const named: string[] = [];
    for (const file of [...sheets(path.join(root, "app")), ...sheets(path.join(root, "components"))]) {
      const source = fs.readFileSync(file, "utf8");
      for (const [, list = ""] of source.matchAll(/font-family:\s*([^;}]+)/g)) {
        // The first family of each list is the one meant; the rest are fallbacks for a missing file.
        const first = list.split(",")[0]!.trim().replace(/^["']|["']$/g, "");
        if (!generic.has(first)) named.push(`${path.relative(root, file)}: ${first}`);
      }
    }
    expect(named).toEqual([]);
  });

  it("load every font file from the installed packages, not from the network", () => {
    for (const face of all) {
      expect(face.src).not.toMatch(/^https?:/);
      expect(fs.existsSync(path.resolve(root, "app", face.src))).toBe(true);
    }
    const code = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? code(path.join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [path.join(dir, d.name)] : []));
    for (const file of [...code(path.join(root, "app")), ...code(path.join(root, "components"))]) {
      expect(fs.readFileSync(file, "utf8")).not.toContain("next/font/google");
    }
  });
});
