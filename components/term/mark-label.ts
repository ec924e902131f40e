// The accessible name of a term mark: the text as shown, the Kazakh term and its Russian and
// English equivalents, worded by the interface language's Term.label message. That message has
// plain {arguments} only, so it is filled in directly: formatting it through ICU for each of a
// long article's hundreds of marks cost a phone tens of milliseconds of parsing.
import type { TermCard } from "./term-card";

export function markLabel(template: string, text: string, card: TermCard): string {
  const values: Record<string, string> = { text, term: card.kk.term, ru: card.ru.term, en: card.en.term };
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);
}
