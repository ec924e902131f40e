// Learner records for the tests: realistic saved terms (met in an article and in an own text), an
// own text and the data that holds them.
import { newSchedule } from "@/lib/learner/schedule";
import { DEFAULT_SETTINGS, type LearnerData, type OwnText, type SavedEntry, type SavedTerm } from "@/lib/learner/types";

export const JURY_ENTRY: SavedEntry = {
  id: "jury-trial",
  status: "reviewed",
  domains: ["courts", "procedure"],
  kk: { term: "алқабилер соты", variants: ["алқабилер қатысатын сот"], definition: "Алқабилер қатысатын сот талқылауы." },
  ru: { term: "суд присяжных", variants: [], definition: "Суд, в котором вопрос о виновности решают присяжные." },
  en: { term: "jury trial", variants: [], definition: "A trial in which jurors decide guilt." },
};

export const COURT_ENTRY: SavedEntry = {
  id: "supreme-court",
  status: "draft",
  domains: ["courts"],
  kk: { term: "Жоғарғы Сот", variants: [] },
  ru: { term: "Верховный суд", variants: [] },
  en: { term: "Supreme Court", variants: [] },
};

export function savedTerm(entry: SavedEntry, savedAt: string, overrides: Partial<SavedTerm> = {}): SavedTerm {
  return {
    termId: entry.id,
    entry,
    lang: "kk",
    form: entry.kk.term,
    sentence: { before: "Қазақстанда ", term: entry.kk.term, after: " енгізілді." },
    metIn: { kind: "article", slug: "jury-trials", title: "Алқабилер соты туралы", paragraph: 2 },
    savedAt,
    schedule: newSchedule(new Date(savedAt)),
    ...overrides,
  };
}

export const JURY = savedTerm(JURY_ENTRY, "2026-03-01T08:00:00.000Z", {
  form: "алқабилер сотының",
  grammar: "gen",
  sentence: { before: "Қазақстанда ", term: "алқабилер сотының", after: " тәжірибесі кеңейді." },
  translation: { lang: "ru", sentence: { before: "В Казахстане расширилась практика ", term: "суда присяжных", after: "." } },
});

export const COURT = savedTerm(COURT_ENTRY, "2026-03-01T09:00:00.000Z", {
  metIn: { kind: "text", id: "text-1", title: "Менің мәтінім", paragraph: 1 },
});

export const TEXT: OwnText = {
  id: "text-1",
  title: "Менің мәтінім",
  text: "Жоғарғы Сот төрағасы баяндама жасады.",
  lang: "kk",
  createdAt: "2026-03-01T07:00:00.000Z",
  updatedAt: "2026-03-01T07:30:00.000Z",
};

export const OLDER_TEXT: OwnText = {
  id: "text-0",
  title: "Закон о судах",
  text: "Верховный суд является высшим судебным органом.",
  lang: "ru",
  createdAt: "2026-02-20T07:00:00.000Z",
  updatedAt: "2026-03-01T10:00:00.000Z",
};

export const DATA: LearnerData = {
  terms: [JURY, COURT],
  known: ["court", "judge"],
  texts: [TEXT, OLDER_TEXT],
  settings: { quietKnown: false, flashcardScript: "latn" },
};

export const EMPTY: LearnerData = { terms: [], known: [], texts: [], settings: DEFAULT_SETTINGS };
