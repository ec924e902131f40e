"use client";
// The tooltip and the pinned popover of the one active term (a chunk of its own: use-card-layer.ts). The tooltip
// is a Radix Tooltip whose trigger is an invisible box laid over the term; the popover is a
// Radix Popover anchored to the term itself. Neither moves the term out of the text. On a narrow
// screen the pinned card is a bottom sheet instead: always inside the screen, scrolling inside
// itself when long, the page scrolled so that the tapped term stays in view above it.
import { useEffect, useRef, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import * as Popover from "@radix-ui/react-popover";
import * as Tooltip from "@radix-ui/react-tooltip";
import type { TermCard } from "@/lib/marks/term-card";
import type { ActiveTerm } from "./active-term";
import { TermPopoverBody } from "./term-popover-body";
import { TermTooltipBody } from "./term-tooltip-body";
import styles from "./term.module.css";

interface Props {
  active: ActiveTerm;
  card: TermCard;
  /** Called when the card closes itself (Escape, a tap elsewhere); refocus: give focus back to the term. */
  onClose: (anchor: HTMLElement, refocus: boolean) => void;
  /** The pointer entered (true) or left (false) the tooltip. */
  onHoverCard: (inside: boolean) => void;
}

/** Screens narrower than this get the pinned card as a bottom sheet (term.module.css agrees). */
export const SHEET_QUERY = "(max-width: 40rem)";

// (A browser without matchMedia — jsdom in the component tests — gets the wide card.)
const hasMatchMedia = () => typeof window.matchMedia === "function";

function subscribeToSheetQuery(onChange: () => void): () => void {
  if (!hasMatchMedia()) return () => {};
  const query = window.matchMedia(SHEET_QUERY);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}
const isNarrow = () => hasMatchMedia() && window.matchMedia(SHEET_QUERY).matches;

export default function TermCardLayer({ active, card, onClose, onHoverCard }: Props) {
  const t = useTranslations("Term");
  const rect = active.anchor.getBoundingClientRect();
  // Closed by a tap or click elsewhere: focus stays where the reader went, not back on the term.
  const leftOutside = useRef(false);
  const sheet = useSyncExternalStore(subscribeToSheetQuery, isNarrow, () => false);
  const content = useRef<HTMLDivElement>(null);

  // A sheet covers the bottom of the screen: if the tapped term is under it, scroll the page so
  // that the term stands just above the sheet (or at the top, for a sheet that is very tall).
  // The page gets room at its end as tall as the sheet (--zan-sheet-space, globals.css), so that
  // even its last term can be scrolled above it.
  useEffect(() => {
    if (!sheet || !active.pinned) return;
    const root = document.documentElement;
    const frame = requestAnimationFrame(() => {
      const height = content.current?.getBoundingClientRect().height ?? 0;
      root.style.setProperty("--zan-sheet-space", `${Math.ceil(height)}px`);
      const term = active.anchor.getBoundingClientRect();
      const room = window.innerHeight - height - 8;
      if (term.bottom > room || term.top < 0) window.scrollBy({ top: Math.max(term.bottom - room, term.top - 8), behavior: "instant" });
    });
    return () => {
      cancelAnimationFrame(frame);
      root.style.removeProperty("--zan-sheet-space");
    };
  }, [sheet, active.pinned, active.anchor]);
  return (
    <>
      <Tooltip.Provider delayDuration={0}>
        <Tooltip.Root open={!active.pinned} onOpenChange={(open) => (open ? undefined : onClose(active.anchor, false))}>
          <Tooltip.Trigger asChild>
            <span
              aria-hidden
              className={styles.ghost}
              style={{ left: rect.left, top: rect.top, width: rect.width, height: rect.height }}
            />
          </Tooltip.Trigger>
          <Tooltip.Portal>
            <Tooltip.Content
              className={styles.tooltip}
              side="top"
              sideOffset={6}
              collisionPadding={8}
              onPointerEnter={() => onHoverCard(true)}
              onPointerLeave={() => onHoverCard(false)}
            >
              <TermTooltipBody card={card} analysis={active.analysis} lang={active.lang} />
              <Tooltip.Arrow className={styles.arrow} />
            </Tooltip.Content>
          </Tooltip.Portal>
        </Tooltip.Root>
      </Tooltip.Provider>
      <Popover.Root open={active.pinned} onOpenChange={(open) => (open ? undefined : onClose(active.anchor, !leftOutside.current))}>
        <Popover.Anchor virtualRef={{ current: active.anchor }} />
        <Popover.Portal>
          <Popover.Content
            ref={content}
            className={sheet ? `${styles.popover} ${styles.sheet}` : styles.popover}
            aria-label={card.kk.term}
            side="bottom"
            sideOffset={6}
            collisionPadding={8}
            avoidCollisions={!sheet}
            onCloseAutoFocus={(e) => e.preventDefault()}
            onInteractOutside={(e) => {
              // A click on the term itself toggles the card (the term's own handler does it).
              if (e.target instanceof Node && active.anchor.contains(e.target)) e.preventDefault();
              else leftOutside.current = true;
            }}
          >
            <TermPopoverBody card={card} analysis={active.analysis} lang={active.lang} anchor={active.anchor} />
            <Popover.Close className={styles.close} aria-label={t("close")}>
              ×
            </Popover.Close>
          </Popover.Content>
        </Popover.Portal>
      </Popover.Root>
    </>
  );
}
