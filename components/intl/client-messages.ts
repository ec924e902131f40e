// The interface messages the reader's client components use (header, article controls, term
// cards), handed to the browser as plain strings by <ClientStrings>: article and home pages
// then need no next-intl client runtime (use-intl with its ICU parser), which a phone paid for
// in blocking time. These messages have plain {placeholders} only (a test checks), filled in by
// fillMessage; anything with plural or select is formatted on the server.
import type messages from "@/messages/en.json";

export const CLIENT_NAMESPACES = ["Layout", "LanguageSwitcher", "Article", "Term", "Grammar", "Learner"] as const;

export type ClientNamespace = (typeof CLIENT_NAMESPACES)[number];
export type ClientMessages = Pick<typeof messages, ClientNamespace>;

/** Messages of these namespaces that carry ICU plurals: formatted on the server, never by fillMessage. */
export const SERVER_FORMATTED = new Set(["Article.occurrences"]);

/** A message with its {name} placeholders filled in; unknown placeholders stay as written. */
export function fillMessage(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in values ? String(values[name]) : placeholder));
}

export function pickClientMessages(all: Record<string, unknown>): ClientMessages {
  return Object.fromEntries(CLIENT_NAMESPACES.map((ns) => [ns, all[ns]])) as ClientMessages;
}
