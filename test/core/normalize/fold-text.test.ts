import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FoldFlag } from '../../../src/core/normalize/flags';
import { foldText, originalRange } from '../../../src/core/normalize/fold-text';

const folded = (text: string) => foldText(text).folded;

describe('foldText', () => {
  it('drops default-ignorable code points and marks the next unit', () => {
    for (const invisible of ['\u200B', '\u200C', '\u200D', '\u00AD', '\u202E', '\u2066', '\uFE0F', '\u2060', '\uFEFF']) {
      const result = foldText(`ke${invisible}tamine`);
      expect(result.folded, JSON.stringify(invisible)).toBe('ketamlne');
      expect(result.flags[2] & FoldFlag.Ignorable).toBe(FoldFlag.Ignorable);
    }
  });

  it('decomposes fullwidth, mathematical and accented letters', () => {
    expect(folded('ＫＥＴＡＭＩＮＥ')).toBe('ketamlne');
    expect(folded('𝐤𝐞𝐭𝐚𝐦𝐢𝐧𝐞')).toBe('ketamlne');
    expect(folded('𝓴𝓮𝓽𝓪𝓶𝓲𝓷𝓮')).toBe('ketamlne');
    expect(folded('kétàmîñë')).toBe('ketamlne');
    expect(folded('ke\u0301tamine')).toBe('ketamlne');
    expect(foldText('ｋ').flags[0]).toBe(FoldFlag.Compatibility);
  });

  it('folds Cyrillic and Greek lookalikes to Latin, upper and lower case alike', () => {
    expect(folded('kеtаminе')).toBe('ketamlne'); // Cyrillic е, а
    expect(folded('ΚΕΤΑΜ')).toBe('ketam'); // Greek capitals
    expect(folded('ГЕРОИН')).toBe(folded('героин'));
    expect(foldText('о').flags[0] & FoldFlag.Homoglyph).toBe(FoldFlag.Homoglyph);
  });

  it('folds case and leet classes, with 1, l, i, | and ! as one class', () => {
    expect(folded('K3T4M1N3')).toBe('ketamlne');
    expect(folded('x@n@x')).toBe('xanax');
    expect(folded('$7e4l7h')).toBe('stealth');
    expect(folded('0xy')).toBe('oxy');
    expect(folded('p|lls')).toBe(folded('pills'));
    expect(folded('p!lls')).toBe(folded('p1lls'));
    expect(foldText('k3').flags[1]).toBe(FoldFlag.Leet | FoldFlag.Digit);
    expect(foldText('k＄').flags[1]).toBe(FoldFlag.Leet | FoldFlag.Compatibility);
    expect(foldText('k@').flags[1]).toBe(FoldFlag.Leet);
    expect(foldText('ki').flags[1]).toBe(0);
  });

  it('skips separators inside words and spaces between single letters', () => {
    for (const written of ['f.e.n.t.a.n.y.l', 'f e n t a n y l', 'fen-tanyl', 'fen_tanyl', 'fen*tanyl', 'fen·tanyl']) {
      expect(folded(written), written).toBe('fentanyl');
    }
    expect(folded('F 3 N T 4 N Y L')).toBe('fentanyl');
    // Numbered tokens are words, not spaced letters: digits read as letters continue them.
    expect(folded('w77773 w77774')).toBe('wtttte wtttta');
    const spaced = foldText('f e n');
    expect([...spaced.flags]).toEqual([0, FoldFlag.Spaced, FoldFlag.Spaced]);
  });

  it('keeps spaces between words and runs of punctuation', () => {
    expect(folded('buy  a fentanyl')).toBe('buy a fentanyl');
    expect(folded('fen--tanyl')).toBe('fen--tanyl');
    expect(folded('ab c')).toBe('ab c');
  });

  it('keeps digits that are not leet and their separators', () => {
    expect(folded('2-8 9')).toBe('2-8 9');
    expect(folded('79099-07-3')).toContain('-');
  });

  it('leaves CJK text as it is (no spaces to skip, no case)', () => {
    expect(folded('购买芬太尼')).toBe('购买芬太尼');
  });

  it('leaves no unpaired surrogate, and keeps pairs whole', () => {
    expect(foldText('\uD800x\uDC00').folded).toBe('\uFFFDx\uFFFD');
    // U+FA6C, a CJK compatibility ideograph, decomposes to U+242EE, above U+FFFF.
    expect(foldText('a\uFA6Cb').folded).toBe('a\u{242EE}b');
  });

  it('maps every folded unit back to its original character', () => {
    const text = 'Ｆ3n\u200Bt-anyl 𝐟ﬁ';
    const result = foldText(text);
    expect(result.folded).toBe('fentanyl ffl');
    expect([...result.map]).toEqual([0, 1, 2, 4, 6, 7, 8, 9, 10, 11, 13, 13, text.length]);
    expect(originalRange(result, 0, 8)).toEqual({ start: 0, end: 10 });
    expect(originalRange(result, 9, 10)).toEqual({ start: 11, end: 13 });
    expect(originalRange(result, 10, 11)).toEqual({ start: 13, end: 14 });
  });

  it('includes trailing combining marks in the original range', () => {
    const text = 'ketamine\u0301 x';
    const result = foldText(text);
    expect(originalRange(result, 0, 8)).toEqual({ start: 0, end: 9 });
  });

  it('keeps the map monotonic and inside the original for any text', () => {
    const anyText = fc.string({ unit: 'binary', maxLength: 80 });
    fc.assert(
      fc.property(anyText, (text) => {
        const { folded: out, map, flags } = foldText(text);
        expect(map.length).toBe(out.length + 1);
        expect(flags.length).toBe(out.length);
        expect(map[out.length]).toBe(text.length);
        for (let i = 0; i < out.length; i++) {
          expect(map[i]).toBeGreaterThanOrEqual(0);
          expect(map[i]).toBeLessThan(text.length);
          if (i > 0) expect(map[i]).toBeGreaterThanOrEqual(map[i - 1]);
        }
        for (let i = 0; i < out.length; i++) {
          const range = originalRange(foldText(text), i, i + 1);
          expect(range.end).toBeGreaterThan(range.start);
          expect(range.end).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('folds a word the same wherever it stands in a text', () => {
    const word = fc.stringMatching(/^[a-zA-Zа-яА-Я0-9@$éÉ]{2,10}$/);
    fc.assert(
      fc.property(word, (w) => {
        expect(folded(`xx ${w} yy`)).toBe(`xx ${folded(w)} yy`);
      }),
      { numRuns: 300 },
    );
  });
});
