"use client";
// Holds the cards of the entries on this page (one copy, however often a term occurs; given
// with the page or loaded from its cards.json, see use-page-cards.ts) and the one card layer
// that shows their tooltip and pinned popover. Every term mark inside it (the HTML of
// marks-html.ts, from the server or <AnnotatedText>) gets its cards through event delegation,
// so hundreds of marks cost no handlers of their own. It also holds, hidden, each entry's
// description (the Kazakh term and its equivalents), which screen readers hear after a mark's
// text through its aria-describedby; when the cards come later, the page's TermNames make them
// (descriptionsHtml in mark-description.ts), so they are in the server's HTML, there before
// any script runs. (An article page names only the entries of its Kazakh text; its text adds
// the descriptions of those only a translation has when it loads them: article-text.tsx.) Wraps
// its children in a `display: contents` <div>: put it around block content, not inside a <p>.
// That <div> carries data-cards-ready once the cards and their layer are there.
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from "react";
import type { TermCards } from "@/lib/marks/term-card";
import { useCardLayer } from "./use-card-layer";
import { usePageCards } from "./use-page-cards";
import { useTermEventHandlers } from "./term-events";
import type { ActiveTerm } from "./active-term";
import { useTranslations } from "next-intl";
import { descriptionsHtml, termNames, type TermNames } from "@/lib/marks/mark-description";
import styles from "./term.module.css";

const CardsContext = createContext<TermCards>({});

const HOVER_DELAY_MS = 120;
/** How long a tooltip stays after the pointer leaves its term: time to move onto the tooltip (to select an equivalent). */
const LEAVE_GRACE_MS = 250;

type Props = { children: ReactNode } & (
  | { cards: TermCards }
  | {
      cardsHref: string;
      /** The ids and terms of the cards' entries, for their hidden descriptions. */
      names: readonly TermNames[];
    }
);

const NO_CARDS: TermCards = {};

export function TermCardsProvider(props: Props) {
  const { children } = props;
  const { cards, failed: cardsFailed, retry: retryCards } = usePageCards(props);
  // Radix and the card bodies come apart from the page's scripts (see use-card-layer.ts).
  const { Layer, failed: layerFailed, load: loadLayer } = useCardLayer();
  const failed = cardsFailed || layerFailed;
  // Called whenever the reader opens a term: loads what is not there yet (again, if it failed).
  const retry = useCallback(() => {
    retryCards();
    if (!Layer) loadLayer();
  }, [retryCards, Layer, loadLayer]);
  const [active, setActive] = useState<ActiveTerm | null>(null);
  const timer = useRef<number | undefined>(undefined);
  // After a pinned card closes, focus goes back to its term without reopening a tooltip.
  const quietFocus = useRef<HTMLElement | null>(null);

  const show = useCallback((term: Omit<ActiveTerm, "pinned">, via: "hover" | "focus") => {
    window.clearTimeout(timer.current);
    retry();
    if (via === "focus" && quietFocus.current === term.anchor) {
      quietFocus.current = null;
      return;
    }
    const open = () => setActive((cur) => (cur?.pinned ? cur : { ...term, pinned: false }));
    if (via === "hover") timer.current = window.setTimeout(open, HOVER_DELAY_MS);
    else open();
  }, [retry]);
  const hide = useCallback((anchor: HTMLElement, via: "pointer" | "blur") => {
    window.clearTimeout(timer.current);
    const close = () => setActive((cur) => (cur && !cur.pinned && cur.anchor === anchor ? null : cur));
    if (via === "pointer") timer.current = window.setTimeout(close, LEAVE_GRACE_MS);
    else close();
  }, []);
  // The pointer on the tooltip itself keeps it open, so that an equivalent can be selected and
  // copied; leaving the tooltip closes it as leaving the term does.
  const hoverCard = useCallback((inside: boolean) => {
    window.clearTimeout(timer.current);
    if (!inside) timer.current = window.setTimeout(() => setActive((cur) => (cur && !cur.pinned ? null : cur)), LEAVE_GRACE_MS);
  }, []);
  const toggle = useCallback(
    (term: Omit<ActiveTerm, "pinned">) => {
      window.clearTimeout(timer.current);
      // Without cards or the layer to show them (they failed to load) the mark does what its
      // link says: open the entry.
      if (failed) {
        retry();
        return false;
      }
      setActive((cur) => (cur?.pinned && cur.anchor === term.anchor ? null : { ...term, pinned: true }));
      return true;
    },
    [failed, retry],
  );
  const handlers = useTermEventHandlers({ show, hide, toggle });

  const close = useCallback((anchor: HTMLElement, refocus: boolean) => {
    setActive(null);
    if (refocus && anchor.isConnected) {
      quietFocus.current = anchor;
      anchor.focus();
    }
  }, []);

  const t = useTranslations("Term");
  const given = "cards" in props ? props.cards : null;
  const names = "names" in props ? props.names : null;
  const descriptions = useMemo(
    () => descriptionsHtml((values) => t("description", values), names ?? Object.values(given ?? {}).map(termNames)),
    [names, t, given],
  );
  // While the cards or the layer load, an opened term waits for its card.
  const card = active ? cards?.[active.termId] : undefined;
  return (
    <CardsContext.Provider value={cards ?? NO_CARDS}>
      <div className={styles.scope} data-cards-ready={cards && Layer ? "" : undefined} {...handlers}>
        {children}
        <div hidden dangerouslySetInnerHTML={{ __html: descriptions }} />
      </div>
      {active && card && Layer ? <Layer active={active} card={card} onClose={close} onHoverCard={hoverCard} /> : null}
    </CardsContext.Provider>
  );
}

export const useTermCards = (): TermCards => useContext(CardsContext);
