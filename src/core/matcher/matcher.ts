/** One occurrence of a pattern in folded text: UTF-16 offsets into the folded text, `end` exclusive. */
export interface Match {
  start: number;
  end: number;
  /** Index of the pattern in the list the matcher was compiled from (the lowest one when patterns repeat). */
  pattern: number;
}

/** Verification of a candidate match (word boundaries, exact form, …): false makes the matcher look further. */
export type AcceptMatch = (match: Match) => boolean;

/**
 * Finds patterns in (already folded) text: leftmost-longest, non-overlapping. Scanning starts at offset 0; at the
 * leftmost offset where any pattern starts, the longest pattern starting there that `accept` accepts (every one when
 * it is omitted) wins and scanning resumes at its end; when `accept` refuses every pattern starting there, scanning
 * goes on from the next offset. So a failed long candidate ("fentanyl patch" inside "fentanyl patchwork") never hides
 * a shorter one that verifies ("fentanyl").
 */
export interface Matcher {
  find(text: string, accept?: AcceptMatch): Match[];
}
