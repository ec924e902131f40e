// Text put into HTML that this project writes as strings (marked paragraphs, Anki's card
// fields): & < > and the double quote that closes an attribute value.
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

export const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);
