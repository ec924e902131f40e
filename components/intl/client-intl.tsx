// next-intl's provider for the client components of one page that format messages in the
// browser (counts that change as the reader types or submits: the glossary search, the annotate
// form), with only the namespaces they use. Other pages send no next-intl client runtime at all
// (see client-messages.ts).
import type { ReactNode } from "react";
import { NextIntlClientProvider, type Messages } from "next-intl";
import { getMessages } from "next-intl/server";

export async function ClientIntl({ namespaces, children }: { namespaces: readonly (keyof Messages)[]; children: ReactNode }) {
  const all = await getMessages();
  const messages = Object.fromEntries(namespaces.map((ns) => [ns, all[ns]]));
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
