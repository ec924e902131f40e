"use client";
// The article's paragraphs in the current view. Each paragraph is HTML made from its segments
// (marks-html.ts; on the server as the page is rendered, and once more as it hydrates) and set as
// it is: React keeps one element per paragraph, not one per word or term, so even a long article
// hydrates at once. The Latin script and the translations are
// fetched from textHref the first time the reader asks for one of them. Marking off, a
// concordance target's highlight (?hl=…) and the cross-highlighting of the parallel view work on
// that HTML: the first two rewrite the string, the last sets data-linked on the marks of the
// same entry in the paragraph's other column while a term is pointed at or focused. Without a
// translation column, a paragraph's number shows its translation under it alone (a tap on it;
// only the translations the article has are shown, and without any the number is plain text);
// marks of the terms the reader knows are drawn quietly when they chose so (the learner's data,
// kept in the browser). The section names the article (data-source-*) and each paragraph its
// number (data-paragraph), for a card saved from a mark to record where it was met.
// The page names the entries of its Kazakh text (their descriptions are TermCardsProvider's);
// those only a translation has come with text.json, and their descriptions are added here.
import { closestMark, marksOfEntrySelector, markTermId } from "@/lib/marks/attributes";
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type MouseEvent, type PointerEvent } from "react";
import { descriptionsHtml, type TermNames } from "@/lib/marks/mark-description";
import { flagKnownMarks, highlightHtml, marksHtml, unmarkHtml } from "@/lib/marks/marks-html";
import { payloadSegments, type PageSegment } from "@/lib/reader/page-payload";
import { useLocale, useTranslations } from "next-intl";
import { useQuietTermIds } from "@/components/learner/use-quiet-terms";
import { registerOriginal } from "@/components/term/original-text";
import { loadArticleTexts } from "./article-texts";
import type { ArticleTexts } from "./types";
import { useReading } from "./reading-context";
import { revealLangFor } from "./reading-options";
import type { TranslationLang } from "@/lib/languages/codes";
import styles from "./article-text.module.css";

interface Props {
  /** The Kazakh paragraphs' segments, in order, naming their entries by their place in `terms`. */
  kk: PageSegment[][];
  /** The entries of the Kazakh text (articlePagePayload). */
  terms: TermNames[];
  label: string;
  /** Where the Latin and translated renderings are (text.json). */
  textHref: string;
  /** The article, as a card saved from one of its marks records it. */
  source: { slug: string; title: string };
  /** The translations the article has (text.json holds only those). */
  translations: readonly TranslationLang[];
}

const markOf = closestMark;

function link(e: PointerEvent | FocusEvent) {
  const mark = markOf(e.target);
  const column = mark?.closest("[data-col]");
  const row = column?.closest("[data-row]");
  if (!mark || !column || !row) return;
  const others = `[data-col]:not([data-col="${column.getAttribute("data-col")}"]) ${marksOfEntrySelector(markTermId(mark), CSS.escape)}`;
  for (const other of row.querySelectorAll(others)) other.setAttribute("data-linked", "");
}

function unlink(e: PointerEvent | FocusEvent) {
  const row = markOf(e.target)?.closest("[data-row]");
  for (const linked of row?.querySelectorAll("[data-linked]") ?? []) linked.removeAttribute("data-linked");
}

export function ArticleText({ kk: segments, terms, label, textHref, source, translations }: Props) {
  const { view } = useReading();
  const t = useTranslations("Article");
  const locale = useLocale();
  const kk = useMemo(() => {
    const cards = Object.fromEntries(terms.map(([id]) => [id, true]));
    return payloadSegments({ kk: segments, terms }).map((paragraph) => marksHtml(paragraph, { cards, locale }));
  }, [segments, terms, locale]);
  const describe = useTranslations("Term");
  // A paragraph's translation shown alone is in the interface's language, or Russian, if the article has it.
  const revealLang = revealLangFor(locale, translations);
  const [revealed, setRevealed] = useState<ReadonlySet<number>>(() => new Set());
  // One handler for every paragraph's number (a long article has hundreds of them).
  const onNumber = (e: MouseEvent) => {
    const number = e.target instanceof Element ? e.target.closest<HTMLElement>("[data-reveal]") : null;
    if (!number) return;
    const n = Number(number.dataset.reveal);
    setRevealed((current) => {
      const next = new Set(current);
      if (!next.delete(n)) next.add(n);
      return next;
    });
  };
  const quiet = useQuietTermIds();
  // A card saved from the Latin view keeps the Cyrillic text (original-text.ts).
  useEffect(() => registerOriginal(source.slug, kk), [source.slug, kk]);
  const [texts, setTexts] = useState<ArticleTexts | null>(null);
  // Whether loading them failed; the Kazakh text stays readable alone, and the next choice of a
  // view, or a paragraph's number pressed again, tries again.
  // (Kept as the attempt that failed, so that any new attempt starts out as not failed.)
  const attempt = `${view.with}|${view.script}|${[...revealed].join(",")}`;
  const [failedAttempt, setFailedAttempt] = useState<string | null>(null);
  const failed = failedAttempt === attempt;
  const wanted = (view.with !== null || view.script === "latn" || revealed.size > 0) && texts === null;
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void loadArticleTexts(textHref).then((loaded) => {
      if (!live) return;
      if (loaded) setTexts(loaded);
      else setFailedAttempt(attempt);
    });
    return () => {
      live = false;
    };
  }, [wanted, textHref, attempt]);
  // Once the URL has been read, scroll to the paragraph its fragment names (which may only
  // exist once a translation column is there).
  const ready = !wanted;
  useEffect(() => {
    if (!view.synced || !view.target || !ready) return;
    const id = view.target.lang === "kk" ? `p${view.target.n}` : `p${view.target.n}-${view.target.lang}`;
    document.getElementById(id)?.scrollIntoView({ block: "center" });
  }, [view.synced, view.target, ready]);

  // A translation the article lacks is never a column (the URL's ?with reads as none then).
  const withText = view.with !== null && translations.includes(view.with) ? texts?.[view.with] : undefined;
  const parallel = view.with !== null && withText !== undefined ? view.with : null;
  const latin = view.script === "latn" && texts !== null;
  // The descriptions of the entries only the translations have come with them (the page holds
  // those of the Kazakh text: TermCardsProvider).
  const translationDescriptions = useMemo(
    () => (texts && texts.names.length > 0 ? descriptionsHtml((values) => describe("description", values), texts.names) : null),
    [texts, describe],
  );

  // Keep the reader's place: the paragraph at the top of the screen stays where it is when a
  // translation column, the script or the marking changes the text's layout around it.
  const section = useRef<HTMLElement>(null);
  // Known terms' marks flagged after every render (a render may have set new paragraph HTML).
  useLayoutEffect(() => flagKnownMarks(section.current, quiet));
  /** Which Kazakh paragraph (by index) the reader is at, and how far from the top of the screen. */
  const place = useRef<{ index: number; top: number } | null>(null);
  useEffect(() => {
    const record = () => {
      // The first paragraph that begins on screen below the (sticky) reading options; else the
      // one the screen is inside. Paragraphs stand in page order, so a binary search finds it
      // with a handful of measurements per scroll frame, however long the article.
      const below = Math.max(0, document.querySelector("[data-view-controls]")?.getBoundingClientRect().bottom ?? 0);
      const paragraphs = section.current?.querySelectorAll('[data-col="kk"]') ?? [];
      let low = 0;
      let high = paragraphs.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (paragraphs[mid]!.getBoundingClientRect().top < below) low = mid + 1;
        else high = mid;
      }
      const first = paragraphs[low]?.getBoundingClientRect();
      if (first && first.top < window.innerHeight) place.current = { index: low, top: first.top };
      else if (low > 0) place.current = { index: low - 1, top: paragraphs[low - 1]!.getBoundingClientRect().top };
      else place.current = first ? { index: 0, top: first.top } : null;
    };
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(record);
    };
    record();
    window.addEventListener("scroll", onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", onScroll);
    };
  }, []);
  const layout = `${parallel}|${latin}|${view.marking}`;
  const laidOut = useRef(layout);
  useLayoutEffect(() => {
    if (laidOut.current === layout) return;
    laidOut.current = layout;
    const at = place.current;
    const paragraph = at ? section.current?.querySelectorAll('[data-col="kk"]')[at.index] : undefined;
    if (!at || !paragraph || window.scrollY === 0) return;
    // Paragraphs off screen keep their last size until they are laid out again (content-visibility
    // in the stylesheet), so the ones the scroll brings near the screen change height once more:
    // correct again over the next frames and moments, unless the reader scrolls meanwhile.
    const correct = () => {
      const shift = paragraph.getBoundingClientRect().top - at.top;
      if (Math.abs(shift) > 1) window.scrollBy({ top: shift, behavior: "instant" });
    };
    correct();
    let frame = requestAnimationFrame(() => {
      correct();
      frame = requestAnimationFrame(correct);
    });
    const timers = [100, 300, 600].map((ms) => window.setTimeout(correct, ms));
    const stop = () => {
      cancelAnimationFrame(frame);
      for (const timer of timers) window.clearTimeout(timer);
    };
    const events = ["wheel", "touchstart", "keydown", "pointerdown"] as const;
    for (const type of events) window.addEventListener(type, stop, { once: true, passive: true });
    return () => {
      stop();
      for (const type of events) window.removeEventListener(type, stop);
    };
  }, [layout]);

  return (
    <section
      ref={section}
      aria-label={label}
      className={styles.text}
      data-parallel={parallel ?? undefined}
      data-source-kind="article"
      data-source-id={source.slug}
      data-source-title={source.title}
      data-text-href={textHref}
      data-synced={view.synced ? "" : undefined}
      onClick={parallel ? undefined : onNumber}
      onPointerOver={parallel ? link : undefined}
      onPointerOut={parallel ? unlink : undefined}
      onFocus={parallel ? link : undefined}
      onBlur={parallel ? unlink : undefined}
    >
      {kk.map((cyrillic, i) => {
        const n = i + 1;
        const isTarget = view.target?.n === n;
        // With a fragment, the concordance's term is highlighted in its paragraph only.
        const hl = view.hl && (isTarget || !view.target) ? view.hl : null;
        const shown = (html: string) => (!view.marking ? unmarkHtml(html) : hl ? highlightHtml(html, hl) : html);
        const open = !parallel && revealLang !== null && revealed.has(n);
        return (
          <div key={n} className={styles.row} data-row="" data-target={isTarget ? "" : undefined}>
            {parallel ? null : revealLang === null ? (
              <span className={styles.number} data-plain="">
                {n}
              </span>
            ) : (
              <button
                type="button"
                className={styles.number}
                aria-expanded={open}
                aria-controls={open ? `p${n}-reveal` : undefined}
                aria-label={t(open ? "hideParagraphTranslation" : "showParagraphTranslation", { n })}
                data-reveal={n}
              >
                {n}
              </button>
            )}
            <p
              id={`p${n}`}
              lang={latin ? "kk-Latn" : "kk"}
              data-col="kk"
              data-paragraph={n}
              className={styles.column}
              dangerouslySetInnerHTML={{ __html: shown(latin ? (texts.latn[i] ?? "") : cyrillic) }}
            />
            {parallel ? (
              <p
                id={`p${n}-${parallel}`}
                lang={parallel}
                data-col={parallel}
                data-paragraph={n}
                className={styles.column}
                dangerouslySetInnerHTML={{ __html: shown(withText?.[i] ?? "") }}
              />
            ) : null}
            {open && revealLang !== null ? (
              texts ? (
                <p
                  id={`p${n}-reveal`}
                  lang={revealLang}
                  data-col={revealLang}
                  data-paragraph={n}
                  data-revealed=""
                  className={`${styles.column} ${styles.revealed}`}
                  dangerouslySetInnerHTML={{ __html: shown(texts[revealLang]?.[i] ?? "") }}
                />
              ) : (
                <p id={`p${n}-reveal`} role="status" className={`${styles.column} ${styles.revealed}`}>
                  {failed ? t("paragraphTranslationFailed") : t("paragraphTranslationLoading")}
                </p>
              )
            ) : null}
          </div>
        );
      })}
      {translationDescriptions ? <div hidden dangerouslySetInnerHTML={{ __html: translationDescriptions }} /> : null}
    </section>
  );
}
