import { describe, expect, it } from 'vitest';
import { isDenied } from '../../../src/core/detect/deny-context';
import { foldText } from '../../../src/core/normalize/fold-text';

function denied(text: string, term: string, denyAfter: string[] = []): boolean {
  const folded = foldText(text);
  const foldedTerm = foldText(term).folded;
  const start = folded.folded.indexOf(foldedTerm);
  expect(start).toBeGreaterThanOrEqual(0);
  return isDenied(folded, start, start + foldedTerm.length, denyAfter.map((p) => foldText(p).folded));
}

describe('deny contexts', () => {
  it('denies "X-free", "no X", "without X", "free of X", "non-X"', () => {
    expect(denied('codeine-free cough syrup', 'codeine')).toBe(true);
    expect(denied('codeinefree', 'codeine')).toBe(true);
    expect(denied('contains no codeine', 'codeine')).toBe(true);
    expect(denied('made without codeine', 'codeine')).toBe(true);
    expect(denied('free of codeine', 'codeine')).toBe(true);
    expect(denied('non-codeine formula', 'codeine')).toBe(true);
  });

  it('does not deny ordinary selling text', () => {
    expect(denied('codeine free shipping', 'codeine')).toBe(false);
    expect(denied('buy codeine now', 'codeine')).toBe(false);
    expect(denied('codeine freebies', 'codeine')).toBe(false);
    expect(denied('casino codeine', 'codeine')).toBe(false);
  });

  it("applies an entry's own phrases, written with the term or after it", () => {
    expect(denied('codeine test strips', 'codeine', ['test strips'])).toBe(true);
    expect(denied('codeine test strips', 'codeine', ['codeine test strip'])).toBe(false);
    expect(denied('codeine test strips', 'codeine', ['codeine test strips'])).toBe(true);
    expect(denied('codeine tablets', 'codeine', ['test strips'])).toBe(false);
  });
});
