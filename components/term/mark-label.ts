// The accessible name of a term mark: the text as shown, the Kazakh term and its Russian and
// English equivalents, in the interface language's wording (messages Term.label).
import type { TermCard } from "./term-card";

type LabelTranslator = (key: "label", values: { text: string; term: string; ru: string; en: string }) => string;

export const markLabel = (t: LabelTranslator, text: string, card: TermCard): string =>
  t("label", { text, term: card.kk.term, ru: card.ru.term, en: card.en.term });
