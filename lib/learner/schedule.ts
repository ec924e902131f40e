// When a saved term comes up for review again: the FSRS scheduler (ts-fsrs) over our own
// serialisable Schedule (ISO dates, state names), so the memory state can sit in IndexedDB and in
// the export file as plain JSON. Fuzz is off: the same answers at the same times give the same
// dates, which the review page shows on its buttons and the tests can rely on.
import { createEmptyCard, fsrs, generatorParameters, Rating, State, type Card, type Grade as FsrsGrade } from "ts-fsrs";
import type { Grade, Schedule } from "./types";

const scheduler = fsrs(generatorParameters({ enable_fuzz: false, enable_short_term: true }));

const RATING: Record<Grade, FsrsGrade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

const STATE_NAME: Record<State, Schedule["state"]> = {
  [State.New]: "new",
  [State.Learning]: "learning",
  [State.Review]: "review",
  [State.Relearning]: "relearning",
};

const STATE: Record<Schedule["state"], State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};

/** Our Schedule as ts-fsrs's Card. */
export function toCard(s: Schedule): Card {
  const card: Card = {
    due: new Date(s.due),
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: s.elapsedDays,
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: STATE[s.state],
  };
  if (s.lastReview !== undefined) card.last_review = new Date(s.lastReview);
  return card;
}

/** ts-fsrs's Card as our Schedule. */
export function fromCard(card: Card): Schedule {
  const s: Schedule = {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATE_NAME[card.state],
  };
  if (card.last_review) s.lastReview = card.last_review.toISOString();
  return s;
}

/** The schedule of a term just saved: never reviewed, due now. */
export function newSchedule(now: Date): Schedule {
  return fromCard(createEmptyCard(now));
}

/** The schedule after answering a review with this grade at `now`. */
export function grade(s: Schedule, answer: Grade, now: Date): Schedule {
  return fromCard(scheduler.next(toCard(s), now, RATING[answer]).card);
}

/** Whether the term is to be reviewed at `now` (its due time has come). */
export function isDue(s: Schedule, now: Date): boolean {
  return Date.parse(s.due) <= now.getTime();
}

/**
 * Whether a term is reviewed today: a term in review (its interval counted in days) once its day
 * has come, at any hour of it (local time); a new or learning term, whose steps are minutes
 * ("again": back in a minute), only once its moment has come, so that a step is not skipped.
 */
export function dueToday(s: Schedule, now: Date): boolean {
  if (s.state !== "review") return isDue(s, now);
  const endOfDay = new Date(now);
  endOfDay.setHours(23, 59, 59, 999);
  return Date.parse(s.due) <= endOfDay.getTime();
}

/** When each answer given at `now` would bring the term back (for the answer buttons). */
export function nextDue(s: Schedule, now: Date): Record<Grade, Date> {
  const preview = scheduler.repeat(toCard(s), now);
  return {
    again: preview[Rating.Again].card.due,
    hard: preview[Rating.Hard].card.due,
    good: preview[Rating.Good].card.due,
    easy: preview[Rating.Easy].card.due,
  };
}
