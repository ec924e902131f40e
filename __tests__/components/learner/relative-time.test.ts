// How far off a review is, worded for the answer buttons: the largest whole unit that fits, the
// browser's own wording where it has the language, the page's messages where it has not.
import { formatIn, roundSpan } from "@/components/learner/relative-time";

const MINUTE = 60_000;
const now = new Date("2026-03-02T10:00:00Z");
const later = (ms: number) => new Date(now.getTime() + ms);

describe("the time until a review", () => {
  it("is counted in the largest unit that fits, never less than a minute", () => {
    expect(roundSpan(10 * 1000)).toEqual({ value: 1, unit: "minute" });
    expect(roundSpan(-5 * MINUTE)).toEqual({ value: 1, unit: "minute" });
    expect(roundSpan(10 * MINUTE)).toEqual({ value: 10, unit: "minute" });
    expect(roundSpan(59 * MINUTE)).toEqual({ value: 59, unit: "minute" });
    expect(roundSpan(90 * MINUTE)).toEqual({ value: 2, unit: "hour" });
    expect(roundSpan(23.4 * 60 * MINUTE)).toEqual({ value: 23, unit: "hour" });
    expect(roundSpan(8 * 24 * 60 * MINUTE)).toEqual({ value: 8, unit: "day" });
    expect(roundSpan(45 * 24 * 60 * MINUTE)).toEqual({ value: 1, unit: "month" });
    expect(roundSpan(400 * 24 * 60 * MINUTE)).toEqual({ value: 1, unit: "year" });
  });

  it("is worded by the browser in the interface language where it can", () => {
    const fallback = jest.fn(() => "fallback");
    expect(formatIn(later(10 * MINUTE), now, "en", fallback)).toBe("in 10 minutes");
    expect(formatIn(later(3 * 24 * 60 * MINUTE), now, "ru", fallback)).toBe("через 3 дня");
    expect(fallback).not.toHaveBeenCalled();
  });

  it("falls back to the page's own words for a language the browser does not know", () => {
    const supported = jest.spyOn(Intl.RelativeTimeFormat, "supportedLocalesOf").mockReturnValue([]);
    try {
      expect(formatIn(later(3 * 24 * 60 * MINUTE), now, "kk", (unit, value) => `${value} ${unit}`)).toBe("3 day");
    } finally {
      supported.mockRestore();
    }
  });
});
