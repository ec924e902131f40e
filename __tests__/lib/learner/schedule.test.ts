// The FSRS schedule of a saved term: what the review page shows as due and what each answer does.
import { dueToday, fromCard, grade, isDue, newSchedule, nextDue, toCard } from "@/lib/learner/schedule";
import type { Schedule } from "@/lib/learner/types";

const NOW = new Date("2026-03-02T09:00:00.000Z");
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const at = (ms: number) => new Date(NOW.getTime() + ms);

describe("schedule", () => {
  it("a newly saved term is due at once and not before it was saved", () => {
    const s = newSchedule(NOW);
    expect(s.state).toBe("new");
    expect(isDue(s, NOW)).toBe(true);
    expect(isDue(s, at(-MINUTE))).toBe(false);
  });

  it("'again' brings the term back within minutes", () => {
    const s = grade(newSchedule(NOW), "again", NOW);
    const due = Date.parse(s.due);
    expect(due).toBeGreaterThan(NOW.getTime());
    expect(due).toBeLessThanOrEqual(NOW.getTime() + 10 * MINUTE);
    expect(isDue(s, NOW)).toBe(false);
    expect(isDue(s, at(10 * MINUTE))).toBe(true);
    expect(s.reps).toBe(1);
    expect(s.lastReview).toBe(NOW.toISOString());
  });

  it("orders the answers: easy no sooner than good, good no sooner than hard, all later than again", () => {
    const s = newSchedule(NOW);
    const due = (answer: "again" | "hard" | "good" | "easy") => Date.parse(grade(s, answer, NOW).due);
    expect(due("hard")).toBeGreaterThan(due("again"));
    expect(due("good")).toBeGreaterThanOrEqual(due("hard"));
    expect(due("easy")).toBeGreaterThan(due("good"));
    // Easy on a new term skips learning and schedules days ahead.
    expect(due("easy")).toBeGreaterThanOrEqual(NOW.getTime() + DAY);
  });

  it("a review card answered good twice moves further each time", () => {
    let s = grade(newSchedule(NOW), "easy", NOW);
    expect(s.state).toBe("review");
    const first = Date.parse(s.due) - NOW.getTime();
    const t1 = new Date(s.due);
    s = grade(s, "good", t1);
    const second = Date.parse(s.due) - t1.getTime();
    const t2 = new Date(s.due);
    s = grade(s, "good", t2);
    const third = Date.parse(s.due) - t2.getTime();
    expect(second).toBeGreaterThan(first);
    expect(third).toBeGreaterThan(second);
    expect(s.state).toBe("review");
  });

  it("nextDue tells what each answer would schedule, and matches grading", () => {
    const s = grade(newSchedule(NOW), "good", NOW);
    const later = at(20 * MINUTE);
    const preview = nextDue(s, later);
    for (const answer of ["again", "hard", "good", "easy"] as const) {
      expect(preview[answer].toISOString()).toBe(grade(s, answer, later).due);
    }
  });

  it("is deterministic (no fuzz): the same answers at the same times give the same schedule", () => {
    const run = () => grade(grade(grade(newSchedule(NOW), "good", NOW), "good", at(DAY)), "hard", at(5 * DAY));
    expect(run()).toEqual(run());
  });

  it("round-trips through ts-fsrs's Card keeping every field", () => {
    const samples: Schedule[] = [
      newSchedule(NOW),
      grade(grade(newSchedule(NOW), "easy", NOW), "again", at(3 * DAY)),
      {
        due: "2026-04-01T10:30:00.000Z",
        stability: 12.5,
        difficulty: 4.25,
        elapsedDays: 3,
        scheduledDays: 9,
        learningSteps: 1,
        reps: 7,
        lapses: 2,
        state: "relearning",
        lastReview: "2026-03-31T10:30:00.000Z",
      },
    ];
    for (const s of samples) expect(fromCard(toCard(s))).toEqual(s);
    expect(samples[1]!.state).toBe("relearning");
    expect(samples[1]!.lapses).toBe(1);
  });

  it("the schedule is plain JSON", () => {
    const s = grade(newSchedule(NOW), "good", NOW);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it("counts a term in review as due all of its day, a learning step only at its moment", () => {
    const morning = new Date(2026, 2, 1, 8, 0);
    const evening = new Date(2026, 2, 1, 20, 0).toISOString();
    const review = { ...newSchedule(morning), state: "review" as const, due: evening };
    expect(dueToday(review, morning)).toBe(true);
    expect(dueToday({ ...review, due: new Date(2026, 2, 2, 0, 30).toISOString() }, morning)).toBe(false);
    const learning = { ...review, state: "learning" as const };
    expect(dueToday(learning, morning)).toBe(false);
    expect(dueToday(learning, new Date(2026, 2, 1, 20, 0))).toBe(true);
  });
});
