// An entry as the editing form sends it, written into its file: a new file in the project's
// layout, or the existing file changed in place through the yaml library's Document API, so that
// its comments, key order, quoting and list styles stay as the editor wrote them. Only the
// values that changed are touched; a list item that moved keeps the comment written beside it.
import { Document, isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap, type YAMLSeq } from "yaml";
import { SCHEMA_COMMENT } from "@/lib/glossary/new-entry";
import { LANGS } from "@/lib/glossary/schema";

/** What the form sends: the file's own shape as plain JSON (variants as texts or with their details). */
export type EntryData = Record<string, unknown>;

/** The options every entry file is written with (each file of the glossary reads back byte for byte with them). */
export const ENTRY_FILE_OPTIONS = { lineWidth: 0, flowCollectionPadding: false } as const;

/** The order fields are written in when a field is added, as glossary/schema.json lists them. */
const TOP_ORDER = ["$schema", "id", "status", "domains", ...LANGS, "sources", "related"];
const BLOCK_ORDER = ["term", "type", "pos", "caseSensitive", "fullForm", "variants", "definition", "note"];
const VARIANT_ORDER = ["term", "status", "type", "pos", "caseSensitive", "fullForm", "note"];

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Fields that are lists of short words are written in brackets in new files, as `glossary new` does. */
const FLOW_LISTS = new Set(["domains", "related"]);

/** The file text for `data`: `existing` changed in place, or a new file when there is none. */
export function entryFileText(existing: string | undefined, data: EntryData): string {
  if (existing === undefined) return newFileText(data);
  const doc = parseDocument(existing, { keepSourceTokens: false });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return newFileText(data);
  mergeMap(doc, doc.contents, data, TOP_ORDER, []);
  return doc.toString(ENTRY_FILE_OPTIONS);
}

function newFileText(data: EntryData): string {
  const ordered = orderKeys(data, TOP_ORDER);
  for (const lang of LANGS) {
    const block = ordered[lang];
    if (isPlainObject(block)) {
      const b = orderKeys(block, BLOCK_ORDER);
      if (Array.isArray(b.variants)) b.variants = b.variants.map((v) => (isPlainObject(v) ? orderKeys(v, VARIANT_ORDER) : v));
      ordered[lang] = b;
    }
  }
  const doc = new Document(ordered);
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && FLOW_LISTS.has(String(pair.key.value)) && isSeq(pair.value)) pair.value.flow = true;
      if (isScalar(pair.key) && pair.key.value === "sources" && isSeq(pair.value) && pair.value.items.length === 0) pair.value.flow = true;
      if (isScalar(pair.key) && LANGS.includes(String(pair.key.value) as never) && isMap(pair.value)) {
        const variants = pair.value.get("variants", true);
        if (isSeq(variants) && variants.items.length === 0) variants.flow = true;
      }
    }
  }
  return `${SCHEMA_COMMENT}\n${doc.toString(ENTRY_FILE_OPTIONS)}`;
}

function orderKeys(value: Record<string, unknown>, order: readonly string[]): Record<string, unknown> {
  const rank = (key: string) => {
    const i = order.indexOf(key);
    return i < 0 ? order.length : i;
  };
  const keys = Object.keys(value).sort((a, b) => rank(a) - rank(b));
  return Object.fromEntries(keys.map((key) => [key, value[key]]));
}

const keyOf = (pair: Pair): string => (isScalar(pair.key) ? String(pair.key.value) : String(pair.key));

function orderFor(path: readonly string[]): readonly string[] {
  if (path.length === 0) return TOP_ORDER;
  if (path.length === 1 && LANGS.includes(path[0] as never)) return BLOCK_ORDER;
  return VARIANT_ORDER;
}

function mergeMap(doc: Document, map: YAMLMap, value: Record<string, unknown>, order: readonly string[], path: readonly string[]): void {
  // Fields the form left out are removed, with the comments written on and above their lines.
  map.items = map.items.filter((pair) => Object.prototype.hasOwnProperty.call(value, keyOf(pair)) && value[keyOf(pair)] !== undefined);
  for (const [key, next] of Object.entries(value)) {
    if (next === undefined) continue;
    const pair = map.items.find((p) => keyOf(p) === key);
    if (pair) {
      const before = pair.value as Node | null;
      pair.value = withComments(mergeNode(doc, before, next, [...path, key]), before);
      continue;
    }
    // A new field goes after the last field that comes before it in the schema's order.
    const created = doc.createPair(key, next);
    if (isSeq(created.value) && (FLOW_LISTS.has(key) || (Array.isArray(next) && next.length === 0))) created.value.flow = true;
    const rank = order.indexOf(key);
    let at = map.items.length;
    if (rank >= 0) {
      const after = map.items.findIndex((p) => {
        const r = order.indexOf(keyOf(p));
        return r > rank;
      });
      if (after >= 0) at = after;
    }
    map.items.splice(at, 0, created as Pair);
  }
}

/** `node` changed to hold `value`; the same node when it already did, so its comments and style stay. */
function mergeNode(doc: Document, node: Node | null, value: unknown, path: readonly string[]): Node {
  if (isPlainObject(value) && isMap(node)) {
    mergeMap(doc, node, value, orderFor(path), path);
    return node;
  }
  if (Array.isArray(value) && isSeq(node)) {
    mergeSeq(doc, node, value, path);
    return node;
  }
  if (isScalar(node) && (typeof value === "string" || typeof value === "number" || typeof value === "boolean")) {
    if (node.value !== value) node.value = value;
    return node;
  }
  const created = doc.createNode(value) as Node;
  if (isSeq(created) && isSeq(node)) created.flow = node.flow;
  return created;
}

/** The text a list item names: a scalar's value, a variant mapping's term. */
function itemText(value: unknown): string {
  if (typeof value === "string") return value;
  if (isPlainObject(value) && typeof value.term === "string") return value.term;
  return JSON.stringify(value);
}

/** How alike two item texts are, 0 to 1: the share of the longer one that their common beginning and end cover. */
function likeness(a: string, b: string): number {
  if (a === b) return 1;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return (start + end) / Math.max(a.length, b.length, 1);
}

/** A node made for a changed item takes over the comments of the node it replaces. */
function withComments(created: Node, old: Node | null): Node {
  if (old && created !== old) {
    if (old.commentBefore && !created.commentBefore) created.commentBefore = old.commentBefore;
    if (old.comment && !created.comment) created.comment = old.comment;
  }
  return created;
}

/**
 * A list changed in place: an item still present (the same text, or the same variant) keeps its
 * node wherever it moved; an item whose text changed takes over the unused node whose text is
 * most like it (an edited variant keeps its comment, also when a detail made it a mapping); an
 * item like none of them is new; what is left over was removed, with its comment.
 */
function mergeSeq(doc: Document, seq: YAMLSeq, values: readonly unknown[], path: readonly string[]): void {
  const old = seq.items.map((item) => item as Node);
  const used = new Set<number>();
  const same = (node: Node, value: unknown): boolean => JSON.stringify(isScalar(node) || isMap(node) || isSeq(node) ? node.toJSON() : node) === JSON.stringify(value);
  const kept: (Node | undefined)[] = values.map((value) => {
    const i = old.findIndex((node, j) => !used.has(j) && same(node, value));
    if (i < 0) return undefined;
    used.add(i);
    return old[i];
  });
  const oldText = old.map((node) => itemText(isScalar(node) || isMap(node) || isSeq(node) ? node.toJSON() : node));
  seq.items = values.map((value, i) => {
    const node = kept[i];
    if (node) return node;
    let best = -1;
    let bestLikeness = 0.5;
    old.forEach((_, j) => {
      if (used.has(j)) return;
      const l = likeness(oldText[j]!, itemText(value));
      if (l >= bestLikeness) {
        best = j;
        bestLikeness = l;
      }
    });
    if (best < 0) return mergeNode(doc, null, value, path);
    used.add(best);
    return withComments(mergeNode(doc, old[best]!, value, path), old[best]!);
  }) as typeof seq.items;
  // An empty list written `[]` that now has items: variants and sources go one per line (a comma
  // in a long official name would read as two items in brackets).
  if (old.length === 0 && seq.items.length > 0 && seq.flow && !FLOW_LISTS.has(path[path.length - 1] ?? "")) seq.flow = false;
}
