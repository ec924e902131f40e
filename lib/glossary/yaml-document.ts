// YAML parsed with its positions kept, so every problem can name the line and column of the
// node it is about. Shared by glossary entries and article front matter.
import { isMap, isNode, isScalar, isSeq, LineCounter, Parser, parseDocument, type YAMLError } from "yaml";
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
  /** Whether the node at `path` is a list written in brackets ([a, b]) rather than one item per line. */
  isFlowList(path: readonly PathSegment[]): boolean;
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

  // One mistake (a tab, a missing quote) upsets the parser again further on: what follows the
  // first syntax error is mostly its echo, so a broken file gets one problem, saying how many
  // more the parser met after it.
  const more = doc.errors.length - 1;
  const problemOf = (error: YAMLError): Problem => {
    // The parser notices a missing ] } or quote only where the file goes on; send the editor to
    // the bracket or quote that was opened instead.
    const opening =
      error.code === "MISSING_CHAR" || error.code === "BAD_INDENT" || error.code === "UNEXPECTED_TOKEN"
        ? unclosedOpenings(source).filter((offset) => offset <= error.pos[0]).pop()
        : undefined;
    if (opening !== undefined) {
      return makeProblem({ file, ...at(opening), field: "", code: "yamlSyntax", params: { reason: "MISSING_CHAR", detail: "", more } });
    }
    const position = at(error.pos[0]);
    if (error.code === "DUPLICATE_KEY") {
      return makeProblem({ file, ...position, field: "", code: "duplicateKey", params: { more } });
    }
    // The library's first line is the human part; the rest is a code excerpt.
    const detail = error.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? "";
    return makeProblem({ file, ...position, field: "", code: "yamlSyntax", params: { reason: error.code, detail, more } });
  };
  const first = doc.errors[0];
  const problems = first ? [problemOf(first)] : [];

  const firstContentOffset = (): number => {
    const range = doc.contents?.range;
    return range ? range[0] : 0;
  };

  const nodeAt = (path: readonly PathSegment[]): unknown => {
    let node: unknown = doc.contents;
    for (const segment of path) {
      if (isMap(node)) node = node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === String(segment))?.value;
      else if (isSeq(node) && typeof segment === "number") node = node.items[segment];
      else return undefined;
    }
    return node;
  };
  const isFlowList = (path: readonly PathSegment[]): boolean => {
    const node = nodeAt(path);
    return isSeq(node) && node.flow === true;
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

  return { value: doc.errors.length > 0 ? undefined : doc.toJS(), problems, locate, isFlowList };
}

/** Offsets of flow collections ([ {) and quoted scalars that are never closed, in file order. */
function unclosedOpenings(source: string): number[] {
  const found: number[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    if (!value || typeof value !== "object") return;
    const type: unknown = Reflect.get(value, "type");
    const offset: unknown = Reflect.get(value, "offset");
    const text: unknown = Reflect.get(value, "source");
    if (type === "flow-collection" && typeof offset === "number") {
      const end: unknown = Reflect.get(value, "end");
      const closed = Array.isArray(end) && end.some((t) => t && typeof t === "object" && /^[\]}]$/.test(String(Reflect.get(t, "source"))));
      if (!closed) found.push(offset);
    }
    if ((type === "double-quoted-scalar" || type === "single-quoted-scalar") && typeof offset === "number" && typeof text === "string") {
      const quote = type === "double-quoted-scalar" ? '"' : "'";
      if (text.length < 2 || !text.endsWith(quote)) found.push(offset);
    }
    for (const key of ["value", "items", "key", "sep", "start", "end"]) visit(Reflect.get(value, key));
  };
  for (const token of new Parser().parse(source)) visit(token);
  return found.sort((a, b) => a - b);
}
