"use client";
// The tooltip and the pinned popover of the one active term (a chunk of its own: use-card-layer.ts). The tooltip
// is a Radix Tooltip whose trigger is an invisible box laid over the term; the popover is a
// Radix Popover anchored to the term itself. Neither moves the term out of the text.
import { useRef } from "react";
import { useStrings } from "@/components/intl/client-strings";
import * as Popover from "@radix-ui/react-popover";
import * as Tooltip from "@radix-ui/react-tooltip";
import type { TermCard } from "./term-card";
import type { ActiveTerm } from "./active-term";
import { TermPopoverBody } from "./term-popover-body";
import { TermTooltipBody } from "./term-tooltip-body";
import styles from "./term.module.css";

interface Props {
  active: ActiveTerm;
  card: TermCard;
  /** Called when the card closes itself (Escape, a tap elsewhere); refocus: give focus back to the term. */
  onClose: (anchor: HTMLElement, refocus: boolean) => void;
}

export default function TermCardLayer({ active, card, onClose }: Props) {
  const t = useStrings("Term");
  const rect = active.anchor.getBoundingClientRect();
  // Closed by a tap or click elsewhere: focus stays where the reader went, not back on the term.
  const leftOutside = useRef(false);
  return (
    <>
      <Tooltip.Provider delayDuration={0} disableHoverableContent>
        <Tooltip.Root open={!active.pinned} onOpenChange={(open) => (open ? undefined : onClose(active.anchor, false))}>
          <Tooltip.Trigger asChild>
            <span
              aria-hidden
              className={styles.ghost}
              style={{ left: rect.left, top: rect.top, width: rect.width, height: rect.height }}
            />
          </Tooltip.Trigger>
          <Tooltip.Portal>
            <Tooltip.Content className={styles.tooltip} side="top" sideOffset={6} collisionPadding={8}>
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
            className={styles.popover}
            aria-label={card.kk.term}
            side="bottom"
            sideOffset={6}
            collisionPadding={8}
            onCloseAutoFocus={(e) => e.preventDefault()}
            onInteractOutside={(e) => {
              // A click on the term itself toggles the card (the term's own handler does it).
              if (e.target instanceof Node && active.anchor.contains(e.target)) e.preventDefault();
              else leftOutside.current = true;
            }}
          >
            <TermPopoverBody card={card} analysis={active.analysis} lang={active.lang} />
            <Popover.Close className={styles.close} aria-label={t("close")}>
              ×
            </Popover.Close>
          </Popover.Content>
        </Popover.Portal>
      </Popover.Root>
    </>
  );
}
