// The XML documents of the TBX export, built as a small tree and written by fast-xml-builder
// (the builder half of fast-xml-parser, which the tests already read TBX back with). It is a
// few kB, so the same writer runs on the server (the whole glossary) and in the browser (a
// project glossary); xmlbuilder2, which wrote these files before, is over 300 kB there. The
// output is what xmlbuilder2's pretty printer wrote (a test compares the two on random trees):
// the declaration, two spaces per level, an element holding only text on one line, an empty
// one as `<name/>`; but the builder also writes " and ' as &quot; and &apos; in text, where
// xmlbuilder2 left them (the same document to any parser).
//
// What no XML library does for us: a character XML 1.0 cannot carry at all (a control
// character, half a surrogate pair — possible in a translator's pasted text, never in the
// glossary, whose check refuses them) is written as U+FFFD, so the document always parses.
import XMLBuilder from "fast-xml-builder";

export interface XmlElement {
  name: string;
  /** In the order written. */
  attributes: Record<string, string>;
  /** Either elements or one text (TBX has no mixed content here). */
  children: XmlElement[] | string;
}

/** Appends a child element and returns it, for building a document as a walk. */
export function child(parent: XmlElement, name: string, attributes: Record<string, string> = {}, text?: string): XmlElement {
  const element: XmlElement = { name, attributes, children: text ?? [] };
  if (typeof parent.children === "string") throw new Error(`<${parent.name}> holds text; it cannot take the element <${name}>`);
  parent.children.push(element);
  return element;
}

export const element = (name: string, attributes: Record<string, string> = {}): XmlElement => ({ name, attributes, children: [] });

// Outside XML 1.0's Char production: C0 controls but tab, line feed and carriage return;
// U+FFFE and U+FFFF; a surrogate not in a pair.
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const xmlChars = (text: string) => text.replace(NOT_XML_CHAR, "\uFFFD");

// Our attribute values are ids, codes and language tags. Tab and line breaks in one would come
// back from a parser as spaces (attribute value normalisation), so one is a bug upstream.
const ATTRIBUTE_WHITESPACE = /[\t\n\r]/;

const ATTR = "@_";
const TEXT = "#text";

// The builder's input in its order-preserving shape: [{ name: children, ":@": attributes }].
type Ordered = Record<string, unknown>;

function ordered(node: XmlElement): Ordered {
  const attributes: Record<string, string> = {};
  for (const [name, value] of Object.entries(node.attributes)) {
    if (ATTRIBUTE_WHITESPACE.test(value)) throw new Error(`<${node.name} ${name}>: an attribute value cannot hold a tab or line break (${JSON.stringify(value)})`);
    attributes[ATTR + name] = xmlChars(value);
  }
  const children = typeof node.children === "string" ? (node.children ? [{ [TEXT]: xmlChars(node.children) }] : []) : node.children.map(ordered);
  return Object.keys(attributes).length > 0 ? { [node.name]: children, ":@": attributes } : { [node.name]: children };
}

const builder = new XMLBuilder({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: ATTR,
  textNodeName: TEXT,
  format: true,
  indentBy: "  ",
  suppressEmptyNode: true,
});

/** The document, UTF-8 declared, pretty printed, without a line break after the root. */
export function xmlDocument(root: XmlElement): string {
  const declaration = { "?xml": [{ [TEXT]: "" }], ":@": { [ATTR + "version"]: "1.0", [ATTR + "encoding"]: "UTF-8" } };
  return builder.build([declaration, ordered(root)]).trim();
}
