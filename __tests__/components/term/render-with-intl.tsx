// Renders a component with the real interface messages, as pages give them: the client strings
// of the reader (ClientStrings) and next-intl's provider (for the pages that use it).
import type { ReactElement } from "react";
import { render } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { pickClientMessages } from "@/components/intl/client-messages";
import { ClientStrings } from "@/components/intl/client-strings";
import en from "@/messages/en.json";
import kk from "@/messages/kk.json";
import ru from "@/messages/ru.json";

const MESSAGES = { en, kk, ru } as const;

export function renderWithIntl(ui: ReactElement, locale: keyof typeof MESSAGES = "en") {
  return render(
    <NextIntlClientProvider locale={locale} messages={MESSAGES[locale]}>
      <ClientStrings locale={locale} messages={pickClientMessages(MESSAGES[locale])}>
        {ui}
      </ClientStrings>
    </NextIntlClientProvider>,
  );
}
