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

/**
 * Messages of those namespaces that only server components say (the site's name, the skip link
 * and the footer; the article's heading and what its page hands its reader as props), left out
 * of what the browser gets with every page: the messages travel in each page's HTML and in each
 * of its prefetch files. A client component that asks for one of them fails the test that
 * guards this list (__tests__/components/client-messages.test.ts).
 */
export const SERVER_ONLY_MESSAGES = {
  Layout: ["siteName", "skipToContent", "footer"],
  Article: ["back", "source", "textLabel", "flashcardsLatin", "paragraph"],
} as const satisfies { [N in ClientNamespace]?: readonly (keyof (typeof messages)[N])[] };

/** The given namespaces of a locale's messages (as next-intl loaded them: compiled or not). */
export function pickMessages<N extends string>(all: Record<string, unknown>, namespaces: readonly N[]): Record<N, unknown> {
  return Object.fromEntries(namespaces.map((ns) => [ns, all[ns]])) as Record<N, unknown>;
}

/** The layout's namespaces for the browser, without their server-only messages. */
export function pickClientMessages(all: Record<string, unknown>): Record<ClientNamespace, unknown> {
  const picked = pickMessages(all, CLIENT_NAMESPACES);
  for (const [ns, keys] of Object.entries(SERVER_ONLY_MESSAGES) as [ClientNamespace, readonly string[]][]) {
    const namespace = picked[ns];
    if (typeof namespace !== "object" || namespace === null) continue;
    picked[ns] = Object.fromEntries(Object.entries(namespace).filter(([key]) => !keys.includes(key)));
  }
  return picked;
}
