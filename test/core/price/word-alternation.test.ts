import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alternationOf } from '../../../src/core/price/word-alternation';

/** The plain form the tree stands for: one alternative per word, longest first. */
const longestFirst = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s*'))
    .join('|');

const matches = (alternation: string, text: string) =>
  [...text.matchAll(new RegExp(`(?:${alternation})(?![a-z])`, 'giu'))].map((m) => [m.index, m[0]]);

describe('alternationOf', () => {
  it('matches what a longest-first list of the same words matches, everywhere', () => {
    // Spaces only between other characters, one at a time, as alternationOf requires.
    const word = fc.stringMatching(/^[abc.(](?: ?[abc.()]){0,3}$/);
    const text = fc.stringMatching(/^[abcx .()1]{0,24}$/);
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 8 }), text, (words, t) => {
        expect(matches(alternationOf(words), t)).toEqual(matches(longestFirst(words), t));
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses words with a space at an end or two in a row', () => {
    for (const word of ['kg ', ' kg', 'metric  ton']) expect(() => alternationOf(['g', word]), word).toThrow(/space/);
  });

  it('shares beginnings', () => {
    expect(alternationOf(['kg', 'kgs', 'kilo', 'kilos'])).toBe('k(?:ilo(?:s)?|g(?:s)?)');
  });
});
