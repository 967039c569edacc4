import { distance } from "fastest-levenshtein";

/** ` (did you mean "x"?)` for the first candidate within two edits of the value, else nothing. */
export function didYouMean(value: string, candidates: readonly string[]): string {
  const close = candidates.find((candidate) => distance(value.toLowerCase(), candidate.toLowerCase()) <= 2);
  return close ? ` (did you mean "${close}"?)` : "";
}
