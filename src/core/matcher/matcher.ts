/** One occurrence of a pattern in folded text: UTF-16 offsets into the folded text, `end` exclusive. */
export interface Match {
  start: number;
  end: number;
  /** Index of the pattern in the list the matcher was compiled from (the lowest one when patterns repeat). */
  pattern: number;
}

/**
 * Finds patterns in (already folded) text: leftmost-longest, non-overlapping. Scanning starts at offset 0; at the
 * leftmost offset where any pattern starts, the longest pattern starting there wins and scanning resumes at its end.
 */
export interface Matcher {
  find(text: string): Match[];
}
