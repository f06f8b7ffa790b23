import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isVerifiedMatch } from '../../src/core/detect/index';
import { loadDefaultLexicon } from '../../src/core/lexicon/index';
import { foldText } from '../../src/core/normalize/fold-text';
import { createScreen } from '../../src/core/screen';

const lexicon = loadDefaultLexicon();
const screen = createScreen(lexicon);

/** What the full pipeline gives the detectors that read matches: verified automaton matches. */
function verifiedMatches(text: string): number {
  const folded = foldText(text);
  return lexicon.matcher.find(folded.folded, (match) => isVerifiedMatch(folded, lexicon, match)).length;
}

// Every written form of every 23rd entry (a spread over all categories), and the pieces folding must step over.
const TERMS = lexicon.entries
  .filter((_, i) => i % 23 === 0)
  .flatMap((entry) => [...entry.terms, ...(entry.i18n?.zh ?? []), ...(entry.i18n?.ru ?? [])]);
const PIECES = [
  ...TERMS, 'fentanyl', 'acetylfentanyl', 'isotonitazene', 'X a n a x', 'x.a.n.a.x', 'o x y', 'f3nt4nyl', 'xan\u200Bax',
  'bulk order', 'no prescription', 'no', 'prescription', 'bulk', 'order', 'methods', 'iced', 'A', 'b', 'k', 'x', 'I', ' ', '  ', '\n', '\t', '-', '.', "'", '_',
  '/', '!', '|', '@', '$', '0', '1', '3', '30mg', '2', 'mg', 'w4201', '\u200B', '\u00AD', '\u0301', '\uFE0F', '\u00A0',
  'ﬁ', '😀', '\uD800', '芬太尼', 'чай', 'Ｘａｎａｘ', 'chair', 'lamp', 'free', 'codeine-free',
  // Exact forms written with digits, and numbers that fold to them: "405" folds as "40s" does.
  '40s', '420', '710', '80s', '405', '4052', '(', 'Sass', 'SASS', '\u0130', 'OC',
  // Exact forms outside ASCII ("α-ET", read in "437"), and prices that fold to one across a skipped separator.
  'α-ET', 'AET', '437', 'iso', 'ISO', '1.50', '15.00', '4.05', 'i\u0301so',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((parts) => parts.join(''));

describe('createScreen', () => {
  it('never rules out a text in which the full pipeline verifies a match', () => {
    fc.assert(
      fc.property(text, (t) => {
        if (!screen(t)) expect(verifiedMatches(t)).toBe(0);
      }),
      { numRuns: 5000 },
    );
  });

  it('lets disguised terms through and rules out ordinary words', () => {
    const disguised = ['Xanax 2mg', 'blue 30s', '420 friendly', 'OC 80s', 'x a n a x', 'f.e.n.t.a.n.y.l', 'оху\u200Bcodone', 'acetylfentanyl', '芬太尼', 'poppy  \n straw'];
    for (const t of disguised) {
      expect(screen(t), t).toBe(true);
    }
    // "nobulk order": a phrase ("bulk order") that would start inside a word, across a space kept as one unit.
    // Prices and counts that fold to an exact form: "437" to "aet" (α-ET), "15.00" to "lsoo" ("iso"), "4.05" to "aos".
    for (const t of ['(4370 sold)', '$15.00', '$14.05', 'a chair', 'wireless bluetooth headphones', 'US $12.99 (1,234 sold)', '(4052 sold)', 'ships in 405 days', 't-shirt, men', 'a b c', 'nobulk order now', '']) {
      expect(screen(t), t).toBe(false);
    }
  });
});

const corpus = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

describe.skipIf(!existsSync(corpus))('createScreen on real product titles (../shared/corpus)', () => {
  it('rules out most benign titles and never one with a verified match', () => {
    const titles = readFileSync(`${corpus}product-titles/flipkart-sample.csv`, 'utf8').split('\n').slice(1).filter(Boolean);
    let ruledOut = 0;
    const missed: string[] = [];
    for (const title of titles) {
      if (screen(title)) continue;
      ruledOut++;
      if (verifiedMatches(title) > 0) missed.push(title);
    }
    console.log(`screen: ${ruledOut}/${titles.length} Flipkart rows ruled out`);
    expect(missed).toEqual([]);
    expect(ruledOut / titles.length).toBeGreaterThan(0.8);
  });
});
