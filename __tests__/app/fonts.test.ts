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

  it("load every font file from the installed packages, not from the network", () => {
    for (const face of faces) {
      for (const src of face.src) {
        expect(src).not.toMatch(/^https?:/);
        expect(fs.existsSync(path.resolve(root, "app", src))).toBe(true);
      }
    }
  });
});
