"use client";
// The entries whose marks a text draws quietly: the ones the reader marked as known, while the
// "quieter marks for known terms" setting is on (the learner's data, in this browser only).
import { useLearner, useKnownTermIds } from "./use-learner";

const NONE: ReadonlySet<string> = new Set();

export function useQuietTermIds(): ReadonlySet<string> {
  const { data } = useLearner();
  const known = useKnownTermIds();
  return data?.settings.quietKnown ? known : NONE;
}
