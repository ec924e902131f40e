// Kazakh Latin script: the 2021 alphabet for reading, and its plain-ASCII form for search.
export { toLatin } from "./to-latin";
export { toAsciiLatin } from "./to-ascii-latin";
