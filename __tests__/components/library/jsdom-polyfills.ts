// What jsdom lacks and the annotate page's tests need, installed before the modules that use it
// are loaded (import this first): TextDecoder/TextEncoder (the content loader behind the real
// annotate action) and structuredClone (fake-indexeddb stores values with it).
import { deserialize, serialize } from "node:v8";
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";

globalThis.TextDecoder ??= NodeTextDecoder as unknown as typeof TextDecoder;
globalThis.TextEncoder ??= NodeTextEncoder as unknown as typeof TextEncoder;
globalThis.structuredClone ??= <T,>(value: T): T => deserialize(serialize(value)) as T;
