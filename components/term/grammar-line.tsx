// The grammar of an inflected form, in the interface language:
// «сотының = сот + ы (3rd-person possessive) + ның (genitive)». Nothing when the word stands
// in its dictionary form.
import { useTranslations } from "next-intl";
import type { Analysis } from "@/lib/annotate/types";
import type { Lang } from "@/lib/glossary/langs";
import { useShowIn } from "./kazakh-script";
import styles from "./term.module.css";

export function GrammarLine({ analysis, lang = "kk" }: { analysis: Analysis; lang?: Lang }) {
  const t = useTranslations("Grammar");
  // Kazakh words in the reader's script: each piece transliterated alone still joins up to the
  // word (toLatin goes letter by letter).
  const { show, tag } = useShowIn(lang);
  if (analysis.suffixes.length === 0) return null;
  const word = analysis.stem + (analysis.hyphen ?? "") + analysis.suffixes.map((s) => s.form).join("");
  return (
    <span className={styles.grammar} data-grammar="">
      <span lang={tag}>{show(word)}</span> = <span lang={tag}>{show(analysis.lemma)}</span>
      {analysis.suffixes.map((suffix, i) => (
        <span key={i}>
          {" + "}
          <span lang={tag}>{show(suffix.form)}</span> ({t(suffix.tag)})
        </span>
      ))}
    </span>
  );
}
