// The markup of one term occurrence, shared by the server (static article text) and the browser
// (<Term>): a link to the glossary entry that the card layer of the surrounding
// <TermCardsProvider> turns into a tooltip on hover or focus and a pinned card on click or tap.
import type { Key } from "react";
import styles from "./term.module.css";

export interface TermMarkProps {
  termId: string;
  /** The occurrence as shown. */
  text: string;
  /** The accessible name: the text, the Kazakh term and its equivalents. */
  label: string;
  /** The glossary entry's address (followed without JavaScript or with a modified click). */
  href: string;
  /** The grammar of the form, encoded with encodeGrammar (grammar-attr.ts). */
  grammar?: string;
  highlighted?: boolean;
  /** Told when the mark is pointed at or focused (entry id) and left (null): cross-highlighting. */
  onPoint?: (termId: string | null) => void;
}

export function TermMark(props: TermMarkProps) {
  return renderTermMark(props);
}

/** The same markup as a plain element (with a key), for lists of marks without a component each. */
export function renderTermMark({ termId, text, label, href, grammar, highlighted, onPoint }: TermMarkProps, key?: Key) {
  const point = onPoint && (() => onPoint(termId));
  const leave = onPoint && (() => onPoint(null));
  return (
    <a
      key={key}
      href={href}
      className={styles.term}
      data-term={termId}
      data-grammar={grammar}
      data-highlighted={highlighted ? "" : undefined}
      aria-label={label}
      aria-haspopup="dialog"
      onPointerEnter={point}
      onPointerLeave={leave}
      onFocus={point}
      onBlur={leave}
    >
      {text}
    </a>
  );
}
