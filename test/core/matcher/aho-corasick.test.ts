import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AhoCorasickMatcher } from '../../../src/core/matcher/aho-corasick';
import { NaiveMatcher } from './naive-matcher';

// Small alphabets make overlaps, shared prefixes and failure chains common.
const letter = fc.constantFrom('a', 'b', 'c', 'd', 'é', '芬', ' ', '\ud835', '\udc1f');
const word = fc.array(letter, { minLength: 1, maxLength: 6 }).map((units) => units.join(''));
const lexicon = fc.uniqueArray(word, { minLength: 1, maxLength: 30 });
const text = fc.array(letter, { maxLength: 200 }).map((units) => units.join(''));

describe('AhoCorasickMatcher', () => {
  it('finds what the naive leftmost-longest matcher finds, dense rows only', () => {
    fc.assert(
      fc.property(lexicon, text, (patterns, input) => {
        const automaton = AhoCorasickMatcher.compile(patterns, { denseEntries: 1 << 20 });
        expect(automaton.find(input)).toEqual(new NaiveMatcher(patterns).find(input));
      }),
      { numRuns: 400 },
    );
  });

  it('finds the same with few dense rows and few hot classes', () => {
    const sizes = fc.record({ denseEntries: fc.integer({ min: 1, max: 40 }), hotClasses: fc.integer({ min: 1, max: 8 }) });
    fc.assert(
      fc.property(lexicon, text, sizes, (patterns, input, options) => {
        const automaton = AhoCorasickMatcher.compile(patterns, options);
        expect(automaton.find(input)).toEqual(new NaiveMatcher(patterns).find(input));
      }),
      { numRuns: 400 },
    );
  });

  it('finds patterns planted in random text', () => {
    fc.assert(
      fc.property(lexicon, fc.array(fc.tuple(text, fc.nat()), { maxLength: 8 }), (patterns, pieces) => {
        const input = pieces.map(([filler, pick]) => filler + patterns[pick % patterns.length]).join('');
        const automaton = AhoCorasickMatcher.compile(patterns, { denseEntries: 64, hotClasses: 3 });
        expect(automaton.find(input)).toEqual(new NaiveMatcher(patterns).find(input));
      }),
      { numRuns: 300 },
    );
  });

  it('falls back to shorter or later matches exactly as the naive matcher when verification refuses one', () => {
    // A refusal rule that depends on the match only, so both matchers see the same answers.
    const refusal = fc.func(fc.boolean());
    fc.assert(
      fc.property(lexicon, text, refusal, fc.integer({ min: 1, max: 200 }), (patterns, input, refuses, denseEntries) => {
        const accept = (m: { start: number; end: number; pattern: number }): boolean => !refuses(m.start, m.end, m.pattern);
        const automaton = AhoCorasickMatcher.compile(patterns, { denseEntries, hotClasses: 4 });
        expect(automaton.find(input, accept)).toEqual(new NaiveMatcher(patterns).find(input, accept));
      }),
      { numRuns: 500 },
    );
  });

  it('finds a shorter pattern ending where a refused longer one ends', () => {
    const automaton = AhoCorasickMatcher.compile(['abc', 'bc', 'ab']);
    expect(automaton.find('abc', (m) => m.pattern !== 0)).toEqual([{ start: 0, end: 2, pattern: 2 }]);
    expect(automaton.find('abc', (m) => m.start !== 0)).toEqual([{ start: 1, end: 3, pattern: 1 }]);
  });

  it('prefers the longest pattern at the leftmost start and does not overlap', () => {
    const automaton = AhoCorasickMatcher.compile(['he', 'she', 'hers', 'his']);
    expect(automaton.find('ushers his')).toEqual([
      { start: 1, end: 4, pattern: 1 },
      { start: 7, end: 10, pattern: 3 },
    ]);
  });

  it('reports the lowest index for repeated patterns', () => {
    expect(AhoCorasickMatcher.compile(['ab', 'ab']).find('xab')).toEqual([{ start: 1, end: 3, pattern: 0 }]);
  });

  it('rejects empty patterns', () => {
    expect(() => AhoCorasickMatcher.compile(['a', ''])).toThrow(/empty/);
  });

  it('round-trips through a snapshot and matches the same', () => {
    fc.assert(
      fc.property(lexicon, text, fc.integer({ min: 1, max: 200 }), (patterns, input, denseEntries) => {
        const original = AhoCorasickMatcher.compile(patterns, { denseEntries, hotClasses: 4 });
        const snapshot = original.toSnapshot();
        const loaded = AhoCorasickMatcher.fromSnapshot(snapshot);
        expect(loaded.find(input)).toEqual(original.find(input));
        expect(Buffer.from(loaded.toSnapshot()).equals(Buffer.from(snapshot))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('loads a snapshot from an unaligned view', () => {
    const snapshot = AhoCorasickMatcher.compile(['abc', 'bcd']).toSnapshot();
    const shifted = new Uint8Array(snapshot.length + 1);
    shifted.set(snapshot, 1);
    expect(AhoCorasickMatcher.fromSnapshot(shifted.subarray(1)).find('xabcd')).toEqual([
      { start: 1, end: 4, pattern: 0 },
    ]);
  });

  it('refuses bytes that are not a snapshot', () => {
    expect(() => AhoCorasickMatcher.fromSnapshot(new Uint8Array(64))).toThrow(/not an automaton/);
    const whole = AhoCorasickMatcher.compile(['abc']).toSnapshot();
    const truncated = whole.subarray(0, whole.length - 8);
    expect(() => AhoCorasickMatcher.fromSnapshot(truncated)).toThrow(/truncated/);
  });

  it('stays within 4 MiB in memory for 5,000 terms, and its snapshot is a fraction of that', () => {
    const random = fc.sample(fc.stringMatching(/^[a-z0-9 -]{6,16}$/), { numRuns: 5000, seed: 7 });
    const automaton = AhoCorasickMatcher.compile(random);
    expect(automaton.byteLength).toBeLessThanOrEqual(4 * 1024 * 1024);
    expect(automaton.toSnapshot().byteLength).toBeLessThan(automaton.byteLength / 4);
    expect(automaton.find(` ${random[0]} `)[0]).toMatchObject({ start: 1, end: 1 + random[0].length });
  });
});
