import type { AcceptMatch, Match, Matcher } from '../../../src/core/matcher/matcher';

/**
 * The oracle for the automaton's property tests: leftmost-longest, non-overlapping, by trying every pattern at
 * every offset, longest first, until `accept` takes one. O(text × patterns × length): for tests only.
 */
export class NaiveMatcher implements Matcher {
  constructor(private readonly patterns: readonly string[]) {}

  find(text: string, accept: AcceptMatch = () => true): Match[] {
    const matches: Match[] = [];
    let position = 0;
    while (position < text.length) {
      const candidates = this.patterns
        .map((pattern, index) => ({ start: position, end: position + pattern.length, pattern: index }))
        .filter((match) => text.startsWith(this.patterns[match.pattern], position))
        // Longest first; among equal patterns the lowest index (the sort is stable).
        .sort((a, b) => b.end - a.end);
      const chosen = candidates.find((match) => accept(match));
      if (chosen === undefined) {
        position++;
        continue;
      }
      matches.push(chosen);
      position = chosen.end;
    }
    return matches;
  }
}
