import type { Match, Matcher } from '../../../src/core/matcher/matcher';

/**
 * The oracle for the automaton's property tests: leftmost-longest, non-overlapping, by trying every pattern at
 * every offset. O(text × patterns × length): for tests only.
 */
export class NaiveMatcher implements Matcher {
  constructor(private readonly patterns: readonly string[]) {}

  find(text: string): Match[] {
    const matches: Match[] = [];
    let position = 0;
    while (position < text.length) {
      let best = -1;
      this.patterns.forEach((pattern, index) => {
        if (!text.startsWith(pattern, position)) return;
        if (best < 0 || pattern.length > this.patterns[best].length) best = index;
      });
      if (best < 0) {
        position++;
        continue;
      }
      matches.push({ start: position, end: position + this.patterns[best].length, pattern: best });
      position += this.patterns[best].length;
    }
    return matches;
  }
}
