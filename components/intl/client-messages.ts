// The interface messages the browser gets on every page: what the header, the article controls,
// the term cards and the learner's buttons say. The layout hands them to next-intl's client
// provider; the glossary, annotate and review pages add the namespaces of their own client
// components (ClientIntl). The messages are precompiled at build time (next.config.ts:
// next-intl's `messages.precompile`), so the browser formats them, plurals included, without an
// ICU parser: what a hand-written {placeholder} filler once did for the reader's pages, at the
// cost of a second way to word a message.
import type messages from "@/messages/en.json";

export const CLIENT_NAMESPACES = ["Layout", "LanguageSwitcher", "Article", "Term", "Grammar", "Learner"] as const;

export type ClientNamespace = (typeof CLIENT_NAMESPACES)[number];
export type ClientMessages = Pick<typeof messages, ClientNamespace>;

/** The given namespaces of a locale's messages (as next-intl loaded them: compiled or not). */
export function pickMessages<N extends string>(all: Record<string, unknown>, namespaces: readonly N[]): Record<N, unknown> {
  return Object.fromEntries(namespaces.map((ns) => [ns, all[ns]])) as Record<N, unknown>;
}

export const pickClientMessages = (all: Record<string, unknown>): Record<ClientNamespace, unknown> => pickMessages(all, CLIENT_NAMESPACES);
