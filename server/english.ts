// The server's wording of what it reports in English (a ContentError at build or start, the
// annotate API's refusals), through next-intl like the pages: in the server's bundle the
// messages are precompiled, which only next-intl reads (the command line words the same
// messages through i18next, lib/cli-i18n.ts).
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import type { Translate } from "@/lib/problem-messages";

const t = createTranslator({ locale: "en", messages: en });

export const english: Translate = (key, params) => (t as unknown as Translate)(key, params);
