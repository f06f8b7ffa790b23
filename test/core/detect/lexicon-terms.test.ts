import { describe, expect, it } from 'vitest';
import { lexiconTermsDetector } from '../../../src/core/detect/lexicon-terms';
import { foldText } from '../../../src/core/normalize/fold-text';
import { compileLexicon } from '../../../src/core/lexicon/compile';
import { SAMPLE_ENTRIES, sampleLexicon } from './sample-lexicon';

const lexicon = sampleLexicon();
function detect(text: string) {
  const folded = foldText(text);
  const matches = lexicon.matcher.find(folded.folded);
  return lexiconTermsDetector.detect({ original: folded.original, text: folded, lexicon, matches, claimed: new Uint8Array(matches.length) });
}
const ids = (text: string) => detect(text).map((f) => f.termId);

describe('lexicon term detector', () => {
  it('finds names, brand names and translations with original offsets', () => {
    const text = 'Xanax, 芬太尼 и фентанил, fentanilo';
    const findings = detect(text);
    expect(findings.map((f) => [f.termId, f.matched])).toEqual([
      ['alprazolam', 'Xanax'],
      ['fentanyl', '芬太尼'],
      ['fentanyl', 'фентанил'],
      ['fentanyl', 'fentanilo'],
    ]);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.matched);
  });

  it('needs word boundaries for spaced scripts but not for CJK', () => {
    expect(ids('xanaxbars ketamines')).toEqual([]);
    expect(ids('购买芬太尼粉')).toEqual(['fentanyl']);
  });

  it('accepts short and exact terms only as written (case aside)', () => {
    expect(ids('GHB ghb')).toEqual(['ghb', 'ghb']);
    expect(ids('G.H.B g h b 6hb')).toEqual([]);
    expect(ids('NPP and N P P and ΝΡΡ')).toEqual(['npp']);
    expect(ids('bars')).toEqual(['slang-alprazolam']);
    expect(ids('b4rs')).toEqual([]);
  });

  it('rejects numbers that only read as a term through leet', () => {
    const toast = compileLexicon([{ ...SAMPLE_ENTRIES[0], id: 'toast', terms: ['toast'] }], []);
    const find = (text: string) => {
      const folded = foldText(text);
      const matches = toast.matcher.find(folded.folded);
      return lexiconTermsDetector.detect({ original: folded.original, text: folded, lexicon: toast, matches, claimed: new Uint8Array(matches.length) });
    };
    expect(find('70457').length).toBe(0);
    expect(find('t0ast').map((f) => f.matched)).toEqual(['t0ast']);
  });

  it('skips deny contexts', () => {
    expect(ids('codeine-free syrup, no ketamine')).toEqual([]);
  });

  it('names the folding a disguise needed, not the folding the term itself needs', () => {
    const [cyrillic] = detect('фентанил');
    expect(cyrillic.reasons).not.toContain('matched through homoglyph folding');
    const [spoofed] = detect('fеntаnyl');
    expect(spoofed.reasons).toContain('matched through homoglyph folding');
    expect(detect('k3t4mine')[0].reasons).toContain('matched through leetspeak');
  });

  it('claims the matches it turns into findings', () => {
    const folded = foldText('ketamine xketamine');
    const matches = lexicon.matcher.find(folded.folded);
    const claimed = new Uint8Array(matches.length);
    lexiconTermsDetector.detect({ original: folded.original, text: folded, lexicon, matches, claimed });
    expect([...claimed]).toEqual([1, 0]);
  });
});
