// A small XML document builder for the TBX export, so that the same writer runs on the server (the
// whole glossary) and in the browser (a project glossary) without xmlbuilder2, whose browser
// bundle is over 300 kB minified. It writes exactly what xmlbuilder2's pretty printer wrote for
// the TBX documents (a test checks it against xmlbuilder2 itself): the XML declaration, two
// spaces of indentation per level, an element holding only text on one line, an empty one as
// `<name/>`. Text escapes & < >, attribute values also " and the whitespace a parser would
// normalise; a character XML 1.0 cannot carry at all (a control character, half a surrogate
// pair — possible in a translator's pasted text, never in the glossary, whose check refuses
// them) is written as U+FFFD, so the document always parses.

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

const TEXT_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
const ATTRIBUTE_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': "&quot;", "\t": "&#x9;", "\n": "&#xA;", "\r": "&#xD;" };

export const escapeText = (text: string): string => text.replace(NOT_XML_CHAR, "\uFFFD").replace(/[&<>]/g, (c) => TEXT_ESCAPES[c] ?? c);

export const escapeAttribute = (value: string): string =>
  value.replace(NOT_XML_CHAR, "\uFFFD").replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c);

function write(node: XmlElement, depth: number, lines: string[]): void {
  const indent = "  ".repeat(depth);
  const attributes = Object.entries(node.attributes)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join("");
  const open = `${indent}<${node.name}${attributes}`;
  if (node.children.length === 0) lines.push(`${open}/>`);
  else if (typeof node.children === "string") lines.push(`${open}>${escapeText(node.children)}</${node.name}>`);
  else {
    lines.push(`${open}>`);
    for (const c of node.children) write(c, depth + 1, lines);
    lines.push(`${indent}</${node.name}>`);
  }
}

/** The document, UTF-8 declared, pretty printed, without a line break after the root. */
export function xmlDocument(root: XmlElement): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  write(root, 0, lines);
  return lines.join("\n");
}
