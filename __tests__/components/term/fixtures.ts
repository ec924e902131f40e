// A small glossary card and an engine analysis to test the term components with.
import type { Analysis } from "@/lib/annotate/types";
import type { TermCard } from "@/lib/marks/term-card";

export const JURY_TRIAL: TermCard = {
  id: "jury-trial",
  status: "reviewed",
  domains: ["courts"],
  kk: { term: "алқабилер соты", variants: ["алқа заседательдері соты"], definition: "Алқабилер қатысатын сот." },
  ru: { term: "суд присяжных", variants: [], definition: "Суд с участием присяжных заседателей." },
  en: { term: "jury trial", variants: ["trial by jury"], definition: "A trial in which jurors decide on guilt." },
};

export const SOTYNYNG: Analysis = {
  lemma: "сот",
  stem: "сот",
  suffixes: [
    { form: "ы", tag: "poss3" },
    { form: "ның", tag: "genitive" },
  ],
};
