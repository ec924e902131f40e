// "in 10 minutes", "in 3 days": how far off a review is, in the interface language, for the
// review page's answer buttons and its list of saved terms. Intl.RelativeTimeFormat words it
// where the browser has the language's data; a browser without it (Chromium lacks Kazakh) gets
// the page's own messages through `fallback`, so the Kazakh interface never shows English.

export type TimeUnit = "minute" | "hour" | "day" | "month" | "year";

/** A span of time as a whole number of the largest unit that fits it (at least one minute). */
export function roundSpan(ms: number): { value: number; unit: TimeUnit } {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return { value: minutes, unit: "minute" };
  const hours = Math.round(minutes / 60);
  if (hours < 24) return { value: hours, unit: "hour" };
  const days = Math.round(hours / 24);
  if (days < 30) return { value: days, unit: "day" };
  const months = Math.round(days / 30.44);
  if (months < 12) return { value: months, unit: "month" };
  return { value: Math.max(1, Math.round(days / 365.25)), unit: "year" };
}

/** Whether this browser words relative times in the locale itself. */
export function hasRelativeTimeData(locale: string): boolean {
  return typeof Intl.RelativeTimeFormat === "function" && Intl.RelativeTimeFormat.supportedLocalesOf([locale]).length > 0;
}

/** How long from `now` until `when`, worded "in …" (a time already past counts as one minute). */
export function formatIn(when: Date, now: Date, locale: string, fallback: (unit: TimeUnit, value: number) => string): string {
  const { value, unit } = roundSpan(when.getTime() - now.getTime());
  return hasRelativeTimeData(locale) ? new Intl.RelativeTimeFormat(locale, { numeric: "always" }).format(value, unit) : fallback(unit, value);
}
