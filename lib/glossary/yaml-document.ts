// YAML parsed with its positions kept, so every problem can name the line and column of the
// node it is about. Shared by glossary entries and article front matter.
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import { makeProblem, type Problem } from "@/lib/problems";

export type PathSegment = string | number;
export interface Position {
  line: number;
  column: number;
}

export interface YamlSource {
  /** The document as plain data; undefined when the YAML could not be parsed. */
  value: unknown;
  /** Syntax errors, each at its own line. */
  problems: Problem[];
  /** Where the node at `path` is; for a path that does not exist, its nearest existing parent. */
  locate(path: readonly PathSegment[]): Position;
}

/**
 * @param lineOffset lines that precede `source` in the file (front matter starts after `---`).
 */
export function parseYamlSource(file: string, source: string, lineOffset = 0): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: true, uniqueKeys: true });

  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };

  const problems = doc.errors.map((error) => {
    const position = at(error.pos[0]);
    if (error.code === "DUPLICATE_KEY") {
      return makeProblem({ file, ...position, field: "", code: "duplicateKey" });
    }
    // The library's first line is the human part; the rest is a code excerpt.
    const detail = error.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? "";
    return makeProblem({ file, ...position, field: "", code: "yamlSyntax", params: { reason: error.code, detail } });
  });

  const firstContentOffset = (): number => {
    const range = doc.contents?.range;
    return range ? range[0] : 0;
  };

  const locate = (path: readonly PathSegment[]): Position => {
    let node: unknown = doc.contents;
    // Position of the deepest node found so far: a map key for a field, an item for a list entry.
    let offset = firstContentOffset();
    for (const segment of path) {
      let next: unknown = undefined;
      if (isMap(node)) {
        for (const pair of node.items) {
          if (isScalar(pair.key) && String(pair.key.value) === String(segment)) {
            offset = pair.key.range?.[0] ?? offset;
            next = pair.value ?? null;
            break;
          }
        }
      } else if (isSeq(node) && typeof segment === "number") {
        const item: unknown = node.items[segment];
        if (isNode(item)) {
          offset = item.range?.[0] ?? offset;
          next = item;
        }
      }
      if (next === undefined) break;
      node = next;
    }
    return at(offset);
  };

  return { value: doc.errors.length > 0 ? undefined : doc.toJS(), problems, locate };
}
