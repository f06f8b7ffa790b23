import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileLexicon, LEXICON_VERSION, loadDefaultLexicon } from '../../src/core/lexicon/index';
import { mergeTranslations } from '../../src/core/lexicon/sources';
import { assessListing, createScanner } from '../../src/core/scan';
import { SAMPLE_ENTRIES, sampleLexicon } from './detect/sample-lexicon';

const scanner = createScanner(sampleLexicon());

const HOMOGLYPHS: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і' };
const LEET: Record<string, string[]> = { o: ['0'], i: ['1', '!'], l: ['1', '|'], e: ['3'], a: ['4', '@'], s: ['5', '$'], t: ['7'] };
const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\u00AD', '\u2060', '\uFEFF', '\u202C'];

/** One way of writing a letter, and whether it is leet (too many leet letters make a number, not a word). */
type Letter = { written: string; leet: boolean };

function letterVariants(ch: string): fc.Arbitrary<Letter>[] {
  const code = ch.charCodeAt(0);
  const options: fc.Arbitrary<Letter>[] = [
    fc.constant({ written: ch, leet: false }),
    fc.constant({ written: ch.toUpperCase(), leet: false }),
    fc.constant({ written: String.fromCharCode(code - 0x61 + 0xff41), leet: false }), // fullwidth
    fc.constant({ written: String.fromCodePoint(code - 0x61 + 0x1d41a), leet: false }), // mathematical bold
    fc.constant({ written: `${ch}\u0301`, leet: false }), // combining accent
  ];
  if (HOMOGLYPHS[ch]) options.push(fc.constant({ written: HOMOGLYPHS[ch], leet: false }));
  if (LEET[ch]) options.push(fc.constantFrom(...LEET[ch]).map((written) => ({ written, leet: true })));
  return options;
}

/** A disguised spelling of `term` (lower-case letters only). */
function disguise(term: string): fc.Arbitrary<string> {
  const letters = fc.tuple(...[...term].map((ch) => fc.oneof(...letterVariants(ch))));
  const gaps = fc.array(fc.constantFrom('', '', '', ...INVISIBLE), { minLength: term.length - 1, maxLength: term.length - 1 });
  const separator = fc.constantFrom('', '', '.', '-', '_', ' ');
  return fc
    .tuple(letters, gaps, separator)
    .filter(([written]) => written.filter((l) => l.leet).length * 2 <= term.length)
    .map(([written, gap, sep]) => written.map((l, i) => (i === 0 ? '' : sep + gap[i - 1]) + l.written).join(''));
}

const LATIN_TERMS = SAMPLE_ENTRIES.flatMap((entry) =>
  entry.terms.filter((t) => /^[a-z]{5,}$/i.test(t) && !entry.exact?.includes(t)).map((t) => ({ id: entry.id, term: t.toLowerCase() })),
);

describe('scanText', () => {
  it('finds disguised terms of every kind at their offsets in the original text', () => {
    const planted = fc.constantFrom(...LATIN_TERMS).chain(({ id, term }) =>
      fc.record({ id: fc.constant(id), written: disguise(term), before: fc.constantFrom('', 'Buy ', 'best price: ', '购买'), after: fc.constantFrom('', ' now', ', 10mg', '!') }),
    );
    fc.assert(
      fc.property(planted, ({ id, written, before, after }) => {
        const text = before + written + after;
        const findings = scanner.scanText(text);
        const found = findings.find((f) => f.termId === id);
        expect(found, JSON.stringify(text)).toBeDefined();
        expect(found!.start).toBe(before.length);
        expect(found!.end).toBe(before.length + written.length);
        expect(found!.matched).toBe(written);
      }),
      { numRuns: 1000 },
    );
  });

  it('names each disguise', () => {
    const reasons = (text: string) => scanner.scanText(text)[0].reasons;
    expect(reasons('kеtаmine')).toContain('matched through homoglyph folding');
    expect(reasons('k3tamine')).toContain('matched through leetspeak');
    expect(reasons('ket\u200Bamine')).toContain('matched through zero-width characters');
    expect(reasons('k e t a m i n e')).toContain('matched through spaced letters');
    expect(reasons('k.e.t.a.m.i.n.e')).toContain('matched through spaced letters');
    expect(reasons('ｋｅｔａｍｉｎｅ')).toContain('matched through fullwidth, styled or accented characters');
    expect(reasons('ketamine')).toEqual(['Schedule III (21 CFR 1308.13)']);
  });

  it('returns matched === text.slice(start, end) for every finding of any mix', () => {
    const piece = fc.constantFrom('ketamine', 'Xanax', 'GHB', 'CAS 39742-60-4', 'bars', 'stealth shipping', 'f e n t a n y l', '芬太尼', ' ', '\u200B', '𝐱', 'é', 'butyrfentanyl', 'word', '!', '-', '103-79-7');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const text = pieces.join('');
        const findings = scanner.scanText(text);
        for (const f of findings) expect(f.matched).toBe(text.slice(f.start, f.end));
        for (let i = 1; i < findings.length; i++) expect(findings[i].start).toBeGreaterThanOrEqual(findings[i - 1].start);
      }),
      { numRuns: 500 },
    );
  });

  it('finds every category, CAS numbers and family words in one block', () => {
    const text = 'Xanax bars, NPP (CAS# 39742 60 4), Ozempic, butyrfentanyl — stealth shipping';
    expect(scanner.scanText(text).map((f) => [f.category, f.termId, f.matched])).toEqual([
      ['controlled', 'alprazolam', 'Xanax'],
      ['slang', 'slang-alprazolam', 'bars'],
      ['precursor', 'npp', 'NPP'],
      ['precursor', 'npp', '39742 60 4'],
      ['rx', 'semaglutide', 'Ozempic'],
      ['analogue', 'fentanyl-family', 'butyrfentanyl'],
      ['risk', 'risk-stealth', 'stealth shipping'],
    ]);
  });

  it('does not flag deny contexts, wrong CAS check digits or short terms in disguise', () => {
    expect(scanner.scanText('codeine-free syrup, no ketamine, CAS 39742-60-5, G-H-B, 6HB')).toEqual([]);
  });
});

describe('assessListing over scanned text', () => {
  it('drops context-only listings and raises drug listings', () => {
    expect(assessListing(scanner.scanText('Bars of soap, discreet shipping'))).toEqual([]);
    const raised = assessListing(scanner.scanText('Ketamine 10g, stealth shipping'));
    expect(raised[0]).toMatchObject({ termId: 'ketamine', severity: 'critical' });
    expect(raised[0].reasons).toContain("raised: 'stealth shipping' in the same listing");
  });
});

describe('the shipped lexicon', () => {
  const shipped = createScanner();

  it('compiles with a version and finds pinned entries', () => {
    expect(LEXICON_VERSION).toMatch(/^\d+(\.\d+)*$/);
    expect(loadDefaultLexicon().version).toBe(LEXICON_VERSION);
    const ids = shipped.scanText('fentanyl, Oxycodone and 芬太尼').map((f) => f.termId);
    expect(ids).toEqual(['fentanyl', 'oxycodone', 'fentanyl']);
  });

  it('maps every listed CAS number back to its entry', () => {
    const lexicon = loadDefaultLexicon();
    for (const [cas, entry] of lexicon.entryByCas) {
      const findings = shipped.scanText(`CAS ${cas}`).filter((f) => f.cas);
      expect(findings.map((f) => f.termId), cas).toEqual([entry.id]);
    }
  });

  it('merges translations into entries by id, without repeating names', () => {
    const [merged, untouched] = mergeTranslations(SAMPLE_ENTRIES.slice(0, 2), {
      fentanyl: { zh: ['芬太尼', '枸橼酸芬太尼'], ru: ['фентанил'] },
    });
    expect(merged.i18n).toEqual({ zh: ['芬太尼', '枸橼酸芬太尼'], ru: ['фентанил'], es: ['fentanilo'] });
    expect(untouched).toBe(SAMPLE_ENTRIES[1]);
  });

  it('keeps the first entry of a repeated id', () => {
    const replaced = { ...SAMPLE_ENTRIES[3], name: 'Ketamine (corrected)' };
    const lexicon = compileLexicon([replaced, ...SAMPLE_ENTRIES], []);
    expect(lexicon.entries.filter((e) => e.id === 'ketamine')).toEqual([replaced]);
    expect(createScanner(lexicon).scanText('ketamine')[0].name).toBe('Ketamine (corrected)');
  });

  it('falls back to the drug name when a longer phrase containing it fails verification', () => {
    const entries = [
      ...SAMPLE_ENTRIES,
      { id: 'slang-fire', name: 'Fire', category: 'slang' as const, terms: [], exact: ['fentanyl fire'], source: SAMPLE_ENTRIES[0].source },
    ];
    const lexicon = compileLexicon(entries, [], 'test');
    const found = (text: string) => createScanner(lexicon).scanText(text).map((f) => [f.termId, f.matched]);
    expect(found('fentanyl fire')).toEqual([['slang-fire', 'fentanyl fire']]);
    // Leet fails the exact phrase; the name inside it is still a finding, and so is a name before a longer word.
    expect(found('f3ntanyl fire')).toEqual([['fentanyl', 'f3ntanyl']]);
    expect(found('fentanyl firework')).toEqual([['fentanyl', 'fentanyl']]);
  });

  describe('large hostile blocks (one paragraph of 100,000 spans)', () => {
    const shipped = createScanner();
    /** "w0 w1 … w99999 " with `planted` in place of token `at`, as a hostile page renders into one block. */
    function tokens(count: number, at: number, planted: string): string {
      const parts: string[] = [];
      for (let i = 0; i < count; i++) parts.push(i === at ? planted : `w${i} `);
      return parts.join('');
    }

    it('finds the drug name and no slang read out of numbered tokens', () => {
      const text = tokens(100_000, 77_777, 'Fentanyl patch');
      const findings = shipped.scanText(text);
      expect(findings.map((f) => [f.termId, f.matched])).toEqual([['fentanyl', 'Fentanyl']]);
      expect(findings[0].start).toBe(text.indexOf('Fentanyl'));
    });

    it('does not read digits around a match as word boundaries', () => {
      const matched = (text: string): string[] => shipped.scanText(text).map((f) => f.matched);
      expect(matched('token KT90mdA3vH end')).toEqual([]);
      expect(matched('w4201 w7100 w77777')).toEqual([]);
      expect(matched('happy 420 sale')).toEqual(['420']);
      expect(matched('Ketamine30mg and MDA 120mg')).toEqual(['Ketamine', 'MDA']);
    });
  });
});
