import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScanner } from '../../src/core/scan';


const scanner = createScanner();

// Pieces that exercise every detector and the folding steps at block edges: terms, disguises, CAS numbers, deny
// contexts, risk phrases, numbers, punctuation and white space.
const PIECES = [
  'Xanax', 'xanax 2mg', 'f e n t a n y l', 'f.e.n.t.a.n.y.l', 'f3nt4nyl', 'oxy\u200Bcodone', '\u0425\u0430n\u0430x',
  'CAS 79099-07-3', '79099 07 3', '21409-26-7', 'codeine-free', 'no prescription', 'stealth shipping', 'BTC only',
  'acetylfentanyl', 'isotonitazene', 'Ozempic', 'US $12.00 / pen', '420', 'w4201', 'M30', 'blues', 'meth', 'XTC',
  'chair', 'mug', '-', '.', ' ', '  ', '\n', '\t', 'a', 'b', 'k', 'x', '1', '7', '芬太尼', 'фентанил', '',
];

const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((parts) => parts.join(''));

describe('Scanner.scanTexts', () => {
  it('gives each text exactly what scanning it alone gives', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 12 }), (texts) => {
        expect(scanner.scanTexts(texts)).toEqual(texts.map((t) => scanner.scanText(t)));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps offsets into each text', () => {
    const [first, second] = scanner.scanTexts(['a chair', 'Buy Xanax now']);
    expect(first).toEqual([]);
    expect(second.map((f) => [f.matched, f.start, f.end])).toEqual([['Xanax', 4, 9]]);
  });
});
