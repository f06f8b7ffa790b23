import { describe, expect, it } from 'vitest';
import { compileLexicon, SHORT_TERM_LENGTH } from '../../../src/core/lexicon/compile';
import { loadDefaultLexicon } from '../../../src/core/lexicon/index';
import type { LexiconEntry } from '../../../src/core/lexicon/types';
import { foldText } from '../../../src/core/normalize/fold-text';
import { createScanner } from '../../../src/core/scan';

const source = { document: 'test fixture', section: '-', date: '2026-11-24' };

describe('compileLexicon: exact forms', () => {
  const entry: LexiconEntry = {
    id: 'methylone',
    name: 'Methylone',
    category: 'controlled',
    schedule: 'I',
    terms: ['methylone', 'Mollys'],
    exact: ['mollys'],
    source,
  };
  const lexicon = compileLexicon([entry], []);

  it('compiles a form listed in both terms and exact once, as exact', () => {
    const terms = lexicon.termsByPattern[lexicon.patterns.indexOf('mollys')];
    expect(terms.map((t) => [t.written, t.exact])).toEqual([['mollys', true]]);
  });

  it('finds that form only as written', () => {
    const scan = (text: string) => createScanner(lexicon).scanText(text).map((f) => f.matched);
    expect(scan('MOLLYS and mollys')).toEqual(['MOLLYS', 'mollys']);
    expect(scan('m0llys m.o.l.l.y.s mоllys')).toEqual([]);
  });

  it('makes every listed exact form and every short form of the shipped lexicon exact', () => {
    const shipped = loadDefaultLexicon();
    let checked = 0;
    shipped.termsByPattern.forEach((terms, pattern) => {
      for (const term of terms) {
        if (term.kind !== 'entry') continue;
        const listed = (shipped.entries[term.index].exact ?? []).some((e) => e.toLowerCase() === term.written.toLowerCase());
        if (listed || shipped.patterns[pattern].length <= SHORT_TERM_LENGTH) {
          expect(term.exact, `${term.written} of ${shipped.entries[term.index].id}`).toBe(true);
          checked++;
        }
      }
    });
    expect(checked).toBeGreaterThan(100);
    const mdma = shipped.termsByPattern[shipped.patterns.indexOf(foldText('MDMA').folded)];
    expect(mdma.filter((t) => t.kind === 'entry').every((t) => t.exact)).toBe(true);
  });
});
