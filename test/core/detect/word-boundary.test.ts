import { describe, expect, it } from 'vitest';
import { endsWord, startsWord } from '../../../src/core/detect/word-boundary';
import { foldText } from '../../../src/core/normalize/fold-text';

/** Boundaries around the folded form of `word` inside `text`. */
function boundaries(text: string, word: string): [boolean, boolean] {
  const folded = foldText(text);
  const start = folded.folded.indexOf(foldText(word).folded);
  expect(start).toBeGreaterThanOrEqual(0);
  return [startsWord(folded, start), endsWord(folded, start + foldText(word).folded.length)];
}

describe('word boundaries', () => {
  it('accepts whole words, also next to digits, punctuation and CJK', () => {
    expect(boundaries('ketamine', 'ketamine')).toEqual([true, true]);
    expect(boundaries('buy ketamine, now', 'ketamine')).toEqual([true, true]);
    expect(boundaries('ketamine30mg', 'ketamine')).toEqual([true, true]);
    expect(boundaries('购买ketamine', 'ketamine')).toEqual([true, true]);
  });

  it('rejects a term inside a longer word', () => {
    expect(boundaries('xketamine', 'ketamine')).toEqual([false, true]);
    expect(boundaries('ketaminex', 'ketamine')).toEqual([true, false]);
  });

  it('counts digits next to a match as part of the word, except a dose written on', () => {
    expect(boundaries('KT90mdA3vH', 'mda')).toEqual([false, false]);
    expect(boundaries('w34200', '420')).toEqual([false, false]);
    expect(boundaries('oxycodone30mgx', 'oxycodone')).toEqual([true, false]);
    expect(boundaries('xanax2mg bars', 'xanax')).toEqual([true, true]);
    expect(boundaries('ketamine 30', 'ketamine')).toEqual([true, true]);
  });

  it('treats symbols read as letters and skipped separators as boundaries', () => {
    expect(boundaries('ketamine!', 'ketamine')).toEqual([true, true]);
    expect(boundaries('ketamine-laced', 'ketamine')).toEqual([true, true]);
    expect(boundaries('anti\u200Bketamine', 'ketamine')).toEqual([true, true]);
  });
});
