// The article's text in its default view (Kazakh, Cyrillic, marked), rendered on the server:
// plain HTML with one link per term occurrence and no script per term, so even a long article
// hydrates quickly. Other views (translation beside, Latin script, marking off, a highlighted
// term) are rendered in the browser by <ArticleText> from the same segments.
import { getLocale, getTranslations } from "next-intl/server";
import type { TermCards } from "@/components/term/term-card";
import { TermMark } from "@/components/term/term-mark";
import { segmentText } from "@/components/term/segments";
import type { ParagraphView } from "./types";
import styles from "./article-text.module.css";

export async function StaticArticleText({ paragraphs, cards }: { paragraphs: ParagraphView[]; cards: TermCards }) {
  const t = await getTranslations("Term");
  const locale = await getLocale();
  return paragraphs.map((paragraph) => (
    <div key={paragraph.n} className={styles.row}>
      <p id={`p${paragraph.n}`} lang="kk" data-col="kk" className={styles.column}>
        {paragraph.segments.kk.map((segment, i) => {
          const card = typeof segment === "string" ? undefined : cards[segment[1]];
          if (typeof segment === "string" || !card) return segmentText(segment);
          const [text, , grammar] = segment;
          const label = t("label", { text, term: card.kk.term, ru: card.ru.term, en: card.en.term });
          return <TermMark key={i} termId={card.id} text={text} label={label} href={`/${locale}/glossary/${card.id}`} grammar={grammar} />;
        })}
      </p>
    </div>
  ));
}
