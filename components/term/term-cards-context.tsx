"use client";
// Holds the cards of the entries on this page (one copy, however often a term occurs) and the
// one card layer that shows their tooltip and pinned popover. Every term mark inside it (the
// HTML of marks-html.ts, from the server or <AnnotatedText>) gets its cards through event
// delegation, so hundreds of marks cost no handlers of their own. It also holds, hidden, each
// entry's description (the Kazakh term and its equivalents), which screen readers hear after a
// mark's text through its aria-describedby. Wraps its children in a `display:
// contents` <div>: put it around block content, not inside a <p>.
import { createContext, lazy, Suspense, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from "react";
import type { TermCards } from "./term-card";
import { useTermEventHandlers } from "./term-events";
import type { ActiveTerm } from "./active-term";
import { useStrings } from "@/components/intl/client-strings";
import { descriptionsHtml } from "./mark-description";
import styles from "./term.module.css";

const CardsContext = createContext<TermCards>({});

// Radix and the card bodies load when a card is first shown, not with the page.
const TermCardLayer = lazy(() => import("./term-card-layer"));

const HOVER_DELAY_MS = 120;

export function TermCardsProvider({ cards, children }: { cards: TermCards; children: ReactNode }) {
  const [active, setActive] = useState<ActiveTerm | null>(null);
  const timer = useRef<number | undefined>(undefined);
  // After a pinned card closes, focus goes back to its term without reopening a tooltip.
  const quietFocus = useRef<HTMLElement | null>(null);

  const show = useCallback((term: Omit<ActiveTerm, "pinned">, via: "hover" | "focus") => {
    window.clearTimeout(timer.current);
    if (via === "focus" && quietFocus.current === term.anchor) {
      quietFocus.current = null;
      return;
    }
    const open = () => setActive((cur) => (cur?.pinned ? cur : { ...term, pinned: false }));
    if (via === "hover") timer.current = window.setTimeout(open, HOVER_DELAY_MS);
    else open();
  }, []);
  const hide = useCallback((anchor: HTMLElement) => {
    window.clearTimeout(timer.current);
    setActive((cur) => (cur && !cur.pinned && cur.anchor === anchor ? null : cur));
  }, []);
  const toggle = useCallback((term: Omit<ActiveTerm, "pinned">) => {
    window.clearTimeout(timer.current);
    setActive((cur) => (cur?.pinned && cur.anchor === term.anchor ? null : { ...term, pinned: true }));
  }, []);
  const handlers = useTermEventHandlers({ show, hide, toggle });

  const close = useCallback((anchor: HTMLElement, refocus: boolean) => {
    setActive(null);
    if (refocus && anchor.isConnected) {
      quietFocus.current = anchor;
      anchor.focus();
    }
  }, []);

  const template = useStrings("Term")("description");
  const descriptions = useMemo(() => descriptionsHtml(template, Object.values(cards)), [template, cards]);
  const card = active ? cards[active.termId] : undefined;
  return (
    <CardsContext.Provider value={cards}>
      <div className={styles.scope} {...handlers}>
        {children}
        <div hidden dangerouslySetInnerHTML={{ __html: descriptions }} />
      </div>
      {active && card ? (
        <Suspense fallback={null}>
          <TermCardLayer active={active} card={card} onClose={close} />
        </Suspense>
      ) : null}
    </CardsContext.Provider>
  );
}

export const useTermCards = (): TermCards => useContext(CardsContext);
