"use client";
// One occurrence of a glossary term: a single focusable element in the text. Hover or keyboard
// focus shows a Radix tooltip (which by design never opens on touch); a tap, a click or Enter
// pins a Radix popover with the whole entry; Escape or a tap elsewhere closes it.
//
// The element is a link to the glossary entry rather than a button: a link stays an inline box
// that wraps across lines like the words it marks (a button does not), Enter activates it, and
// without JavaScript (or with a middle click) it still leads to the entry.
//
// Usage: inside <TermCardsProvider cards={…}>, write
//   <Term termId="jury-trial" analysis={span.analysis}>алқабилер сотының</Term>
// where the children are the text as shown (possibly transliterated).
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import * as Popover from "@radix-ui/react-popover";
import * as Tooltip from "@radix-ui/react-tooltip";
import type { Analysis } from "@/lib/annotate/types";
import type { Lang } from "@/lib/glossary/schema";
import { useTermCard } from "./term-cards-context";
import { useTermHighlight } from "./term-highlight-context";
import { TermPopoverBody } from "./term-popover-body";
import { TermTooltipBody } from "./term-tooltip-body";
import styles from "./term.module.css";

export interface TermProps {
  /** The glossary entry's id; its card must be among the provider's cards. */
  termId: string;
  /** The occurrence as shown in the text. */
  children: string;
  /** The grammar of the form, from the engine's span. */
  analysis?: Analysis;
  /** Language of the text the occurrence is in (default kk). */
  lang?: Lang;
}

export function Term({ termId, children, analysis, lang = "kk" }: TermProps) {
  const t = useTranslations("Term");
  const locale = useLocale();
  const card = useTermCard(termId);
  const { highlighted, onPoint, marking } = useTermHighlight();
  const [pinned, setPinned] = useState(false);
  if (!card || !marking) return <>{children}</>;

  const label = t("label", { text: children, term: card.kk.term, ru: card.ru.term, en: card.en.term });
  return (
    <Tooltip.Root>
      <Popover.Root open={pinned} onOpenChange={setPinned}>
        <Tooltip.Trigger asChild>
          <Popover.Trigger asChild>
            <a
              href={`/${locale}/glossary/${termId}`}
              className={styles.term}
              data-term={termId}
              data-highlighted={highlighted.has(termId) ? "" : undefined}
              aria-label={label}
              onPointerEnter={() => onPoint?.(termId)}
              onPointerLeave={() => onPoint?.(null)}
              onFocus={() => onPoint?.(termId)}
              onBlur={() => onPoint?.(null)}
              onClick={(event) => {
                // Open the card instead of following the link (Radix then leaves the toggle to us).
                if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
                event.preventDefault();
                setPinned((open) => !open);
              }}
            >
              {children}
            </a>
          </Popover.Trigger>
        </Tooltip.Trigger>
        <Tooltip.Portal>
          <Tooltip.Content className={styles.tooltip} side="top" sideOffset={6} collisionPadding={8}>
            <TermTooltipBody card={card} analysis={analysis} lang={lang} />
            <Tooltip.Arrow className={styles.arrow} />
          </Tooltip.Content>
        </Tooltip.Portal>
        <Popover.Portal>
          <Popover.Content className={styles.popover} aria-label={card.kk.term} side="bottom" sideOffset={6} collisionPadding={8}>
            <TermPopoverBody card={card} />
            <Popover.Close className={styles.close} aria-label={t("close")}>×</Popover.Close>
          </Popover.Content>
        </Popover.Portal>
      </Popover.Root>
    </Tooltip.Root>
  );
}
