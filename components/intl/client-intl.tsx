// next-intl's provider for a page whose client components use namespaces beyond the layout's
// (the glossary search, the annotate form, the review page): a nested provider replaces the
// layout's rather than adding to it, so this one carries both. Other pages send only the
// layout's (see client-messages.ts).
import type { ReactNode } from "react";
import { NextIntlClientProvider, type Messages } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";
import { pickClientMessages, pickMessages } from "./client-messages";

export async function ClientIntl({ namespaces, children }: { namespaces: readonly (keyof Messages)[]; children: ReactNode }) {
  const all = await getMessages();
  // A namespace the page names comes whole, even one the layout sends in part.
  const messages = { ...pickClientMessages(all), ...pickMessages(all, namespaces) };
  return (
    <NextIntlClientProvider locale={await getLocale()} messages={messages as Messages}>
      {children}
    </NextIntlClientProvider>
  );
}
