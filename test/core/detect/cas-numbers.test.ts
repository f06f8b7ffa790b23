import { describe, expect, it } from 'vitest';
import { casNumbersDetector } from '../../../src/core/detect/cas-numbers';
import { foldText } from '../../../src/core/normalize/fold-text';
import { sampleLexicon } from './sample-lexicon';

const lexicon = sampleLexicon();
const detect = (text: string) =>
  casNumbersDetector.detect({ original: text, text: foldText(text), lexicon, matches: [], claimed: new Uint8Array(0) });

describe('CAS number detector', () => {
  it.each([
    ['CAS 39742-60-4', '39742-60-4'],
    ['CAS NO.:39742-60-4', '39742-60-4'],
    ['CAS No. 39742-60-4', '39742-60-4'],
    ['CAS Number: 39742-60-4', '39742-60-4'],
    ['CAS# 39742 60 4', '39742 60 4'],
    ['cas-39742604', '39742604'],
    ['Item 39742-60-4 in stock', '39742-60-4'],
    ['ＣＡＳ ３９７４２－６０－４', '３９７４２－６０－４'],
    ['CAS 39742–60–4', '39742–60–4'],
    ['Item 39742−60−4 (minus signs)', '39742−60−4'],
    ['Item ３９７４２-６０-４', '３９７４２-６０-４'],
    ['Price 5 USD, CAS\u00a039742\u00a060\u00a04', '39742\u00a060\u00a04'],
    ['ＣＡＳ 39742 60 4', '39742 60 4'],
    ['CAS\t39742\u201160\u20114', '39742\u201160\u20114'],
  ])('finds %j', (text, matched) => {
    const findings = detect(text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ termId: 'npp', cas: '39742-60-4', matched, category: 'precursor' });
    expect(text.slice(findings[0].start, findings[0].end)).toBe(matched);
    expect(findings[0].reasons).toContain('CAS 39742-60-4 (check digit valid)');
  });

  it('ignores a wrong check digit and valid numbers not in the lexicon', () => {
    expect(detect('CAS 39742-60-5')).toEqual([]);
    expect(detect('CAS 64-17-5 ethanol')).toEqual([]); // valid, not listed
  });

  it('needs hyphens for a bare number, and whole digit runs', () => {
    expect(detect('call 39742 60 4')).toEqual([]);
    expect(detect('139742-60-4')).toEqual([]);
    expect(detect('39742-60-48')).toEqual([]);
    expect(detect('39742-60-4-1')).toEqual([]);
  });

  it('finds several numbers with offsets into the original', () => {
    const text = 'P2P (CAS 103-79-7) and NPP 39742-60-4.';
    const findings = detect(text);
    expect(findings.map((f) => [f.termId, f.start, f.end])).toEqual([
      ['phenylacetone', 9, 17],
      ['npp', 27, 37],
    ]);
  });
});
