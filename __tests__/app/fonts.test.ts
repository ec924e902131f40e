// The self-hosted fonts must cover every letter of Kazakh Cyrillic and of the 2021 Latin
// alphabet, from files that ship with the app (nothing is fetched at run time).
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "..", "..");
const css = fs.readFileSync(path.join(root, "app", "globals.css"), "utf8");

interface Face {
  src: string[];
  ranges: [number, number][];
}

function fontFaces(source: string): Face[] {
  return [...source.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body = ""]) => ({
    src: [...body.matchAll(/url\("?([^")]+)"?\)/g)].map((m) => m[1] ?? ""),
    ranges: (/unicode-range:\s*([^;]+);/.exec(body)?.[1] ?? "")
      .split(",")
      .map((part) => part.trim().replace(/^U\+/i, ""))
      .filter(Boolean)
      .map((part) => {
        const [from = "", to = from] = part.split("-");
        return [parseInt(from, 16), parseInt(to, 16)] as [number, number];
      }),
  }));
}

const faces = fontFaces(css);
const covered = (char: string) =>
  faces.some((face) => face.ranges.some(([from, to]) => char.codePointAt(0)! >= from && char.codePointAt(0)! <= to));

describe("the self-hosted fonts", () => {
  it("declare at least one font face", () => {
    expect(faces.length).toBeGreaterThan(0);
  });

  it.each([..."әғқңөұүһіӘҒҚҢӨҰҮҺІабвгдеёжзийклмнопрстуфхцчшщъыьэюя"])("cover the Kazakh letter %s", (char) => {
    expect(covered(char)).toBe(true);
  });

  it.each([..."äğñöūüşçıİÄĞÑÖŪÜŞÇ"])("cover the Latin-alphabet letter %s", (char) => {
    expect(covered(char)).toBe(true);
  });

  it("are the only named fonts the styles ask for (no font the app does not ship, like a serif)", () => {
    const self = new Set([...css.matchAll(/@font-face\s*{[^}]*font-family:\s*"([^"]+)"/g)].map((m) => m[1]));
    const generic = new Set(["system-ui", "sans-serif", "serif", "monospace", "ui-monospace", "inherit"]);
    const sheets = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? sheets(path.join(dir, d.name)) : d.name.endsWith(".css") ? [path.join(dir, d.name)] : []));
    const named: string[] = [];
    for (const file of [...sheets(path.join(root, "app")), ...sheets(path.join(root, "components"))]) {
      const source = fs.readFileSync(file, "utf8").replace(/@font-face\s*{[^}]*}/g, "");
      for (const [, list = ""] of source.matchAll(/font-family:\s*([^;}]+)/g)) {
        // The first family of each list is the one meant; the rest are fallbacks for a missing file.
        const first = list.split(",")[0]!.trim().replace(/^["']|["']$/g, "");
        if (!self.has(first) && !generic.has(first)) named.push(`${path.relative(root, file)}: ${first}`);
      }
    }
    expect(named).toEqual([]);
  });

  it("load every font file from the installed packages, not from the network", () => {
    for (const face of faces) {
      for (const src of face.src) {
        expect(src).not.toMatch(/^https?:/);
        expect(fs.existsSync(path.resolve(root, "app", src))).toBe(true);
      }
    }
  });
});
