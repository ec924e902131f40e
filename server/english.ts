// The server's wording of what it reports in English (a ContentError at build or start, the
// annotate API's refusals) from the same messages/en.json, in the format next-intl itself runs:
// icu-minify, the compiled form of `messages.precompile`. In the server's bundles the messages
// file arrives precompiled (next.config.ts), under jest and tsx as written, so a message that is
// still text is compiled here first. next-intl's own translator cannot serve here: the Pages
// API route's bundle gets the compiled messages without next-intl's compiled-only formatter.
// (The command line words the same messages through i18next, lib/cli-i18n.ts.)
import compile from "icu-minify/compile";
import format, { type CompiledMessage } from "icu-minify/format";
import en from "@/messages/en.json";
import type { Translate } from "@/lib/problem-messages";

const formatters = {
  getDateTimeFormat: (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...args),
  getNumberFormat: (...args: ConstructorParameters<typeof Intl.NumberFormat>) => new Intl.NumberFormat(...args),
  getPluralRules: (...args: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...args),
};

function messageAt(key: string): CompiledMessage {
  let node: unknown = en;
  for (const part of key.split(".")) node = node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
  if (node === undefined || (typeof node === "object" && !Array.isArray(node))) throw new Error(`messages/en.json has no message ${key}`);
  return typeof node === "string" ? compile(node) : (node as CompiledMessage);
}

export const english: Translate = (key, params) => String(format(messageAt(key), "en", params, { formatters }));
