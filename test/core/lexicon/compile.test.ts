import { describe, expect, it } from 'vitest';
import { compileLexicon, compileLexiconInSlices, SHORT_TERM_LENGTH } from '../../../src/core/lexicon/compile';
import { defaultEntries, loadDefaultLexicon, loadDefaultLexiconInSlices } from '../../../src/core/lexicon/index';
import families from '../../../src/core/lexicon/data/families.json';
import type { FamilyRule } from '../../../src/core/lexicon/types';
import type { LexiconEntry } from '../../../src/core/lexicon/types';
import { foldText } from '../../../src/core/normalize/fold-text';
import { createScanner } from '../../../src/core/scan';
import type { AhoCorasickMatcher } from '../../../src/core/matcher/aho-corasick';

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

describe('compileLexiconInSlices', () => {
  const shippedFamilies = (families as unknown as { families: FamilyRule[] }).families;

  it('returns what compileLexicon returns, giving the event loop back between slices', async () => {
    let yields = 0;
    const yieldFn = async (): Promise<void> => {
      yields++;
    };
    const sliced = await compileLexiconInSlices(defaultEntries(), shippedFamilies, 'v', yieldFn, 0);
    const whole = compileLexicon(defaultEntries(), shippedFamilies, 'v');
    expect(yields).toBeGreaterThan(10);
    expect(sliced.patterns).toEqual(whole.patterns);
    expect(sliced.termsByPattern).toEqual(whole.termsByPattern);
    const bytes = (lexicon: typeof whole) => Buffer.from((lexicon.matcher as AhoCorasickMatcher).toSnapshot());
    expect(bytes(sliced).equals(bytes(whole))).toBe(true);
  });

  it('caches the shipped lexicon for loadDefaultLexicon and createScanner', async () => {
    const sliced = await loadDefaultLexiconInSlices(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(loadDefaultLexicon()).toBe(sliced);
    expect(createScanner().scanText('buy xanax')[0].termId).toBe('alprazolam');
  });
});
