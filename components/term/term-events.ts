// Turns pointer, focus and click events anywhere inside a provider's scope into card actions for
// the term mark they concern, so a page with hundreds of marks needs no handlers per mark.
import { closestMark, markAnalysis, markTermId } from "@/lib/marks/attributes";
import { useMemo, type FocusEvent, type MouseEvent, type PointerEvent } from "react";
import { isLang } from "@/lib/glossary/langs";
import type { ActiveTerm } from "./active-term";

export interface TermActions {
  show: (term: Omit<ActiveTerm, "pinned">, via: "hover" | "focus") => void;
  /** The pointer left the term (the tooltip waits a moment for it to reach the tooltip), or focus did. */
  hide: (anchor: HTMLElement, via: "pointer" | "blur") => void;
  /** Pins or unpins the term's card; false when there is no card to show (the link is then followed). */
  toggle: (term: Omit<ActiveTerm, "pinned">) => boolean;
}

const markOf = closestMark;

function termOf(mark: HTMLElement): Omit<ActiveTerm, "pinned"> {
  const lang = mark.closest("[lang]")?.getAttribute("lang")?.slice(0, 2);
  return {
    anchor: mark,
    termId: markTermId(mark),
    analysis: markAnalysis(mark),
    lang: isLang(lang) ? lang : "kk",
  };
}

// A focus that follows a touch is a tap, which pins the card: no tooltip for it (as Radix does).
let lastTouch = 0;

export function useTermEventHandlers({ show, hide, toggle }: TermActions) {
  const actions = useMemo(() => ({ show, hide, toggle }), [show, hide, toggle]);
  return useMemo(() => termEventHandlers(actions), [actions]);
}

function termEventHandlers(actions: TermActions) {
  return {
    onPointerDown(e: PointerEvent) {
      if (e.pointerType === "touch") lastTouch = Date.now();
    },
    onPointerOver(e: PointerEvent) {
      const mark = markOf(e.target);
      if (!mark || e.pointerType === "touch" || (e.relatedTarget instanceof Node && mark.contains(e.relatedTarget))) return;
      actions.show(termOf(mark), "hover");
    },
    onPointerOut(e: PointerEvent) {
      const mark = markOf(e.target);
      if (mark && !(e.relatedTarget instanceof Node && mark.contains(e.relatedTarget))) actions.hide(mark, "pointer");
    },
    onFocus(e: FocusEvent) {
      const mark = markOf(e.target);
      if (mark && Date.now() - lastTouch > 1000) actions.show(termOf(mark), "focus");
    },
    onBlur(e: FocusEvent) {
      const mark = markOf(e.target);
      if (mark) actions.hide(mark, "blur");
    },
    onClick(e: MouseEvent) {
      const mark = markOf(e.target);
      // Open the card instead of following the link; modified clicks still open the entry.
      if (!mark || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      if (actions.toggle(termOf(mark))) e.preventDefault();
    },
  };
}
