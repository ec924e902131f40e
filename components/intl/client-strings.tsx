"use client";
// Gives client components the interface language and its messages (see client-messages.ts):
//   const t = useStrings("Term"); t("close"); t("label", { text, term, ru, en })
import { createContext, useContext, type ReactNode } from "react";
import { fillMessage, type ClientMessages, type ClientNamespace } from "./client-messages";

const StringsContext = createContext<{ locale: string; messages: ClientMessages } | null>(null);

export function ClientStrings({ locale, messages, children }: { locale: string; messages: ClientMessages; children: ReactNode }) {
  return <StringsContext.Provider value={{ locale, messages }}>{children}</StringsContext.Provider>;
}

function useStringsContext() {
  const value = useContext(StringsContext);
  if (!value) throw new Error("A component that needs interface strings is rendered outside <ClientStrings>.");
  return value;
}

export const useClientLocale = (): string => useStringsContext().locale;

export function useStrings<N extends ClientNamespace>(namespace: N) {
  const messages = useStringsContext().messages[namespace] as Record<keyof ClientMessages[N] & string, string>;
  return (key: keyof ClientMessages[N] & string, values?: Record<string, string | number>): string => fillMessage(messages[key], values);
}
