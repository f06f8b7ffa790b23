import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../../src/core/detect/index';
import { familySuffixDetector } from '../../../src/core/detect/family-suffix';
import { foldText } from '../../../src/core/normalize/fold-text';
import { sampleLexicon } from './sample-lexicon';

const lexicon = sampleLexicon();
/** Runs the detectors up to and including the family detector, as the scanner does. */
function familyFindings(text: string) {
  const folded = foldText(text);
  const matches = lexicon.matcher.find(folded.folded);
  const context = { original: folded.original, text: folded, lexicon, matches, claimed: new Uint8Array(matches.length) };
  for (const detector of DETECTORS) {
    if (detector === familySuffixDetector) return detector.detect(context);
    detector.detect(context);
  }
  throw new Error('family detector not registered');
}

describe('family suffix detector', () => {
  it('finds unlisted words ending in a family suffix, the whole word', () => {
    const text = 'new: para-fluorobutyrylfentanyl and 2-methyl-butonitazene.';
    const findings = familyFindings(text);
    expect(findings.map((f) => [f.termId, f.matched, f.severity])).toEqual([
      ['fentanyl-family', 'para-fluorobutyrylfentanyl', 'critical'],
      ['nitazene-family', '2-methyl-butonitazene', 'critical'],
    ]);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.matched);
  });

  it('leaves listed entries to the lexicon and words that only contain the suffix alone', () => {
    expect(familyFindings('fentanyl acetylfentanyl')).toEqual([]);
    expect(familyFindings('fentanylx nitazenes')).toEqual([]);
  });

  it('catches a listed name inside a longer unlisted word', () => {
    expect(familyFindings('methoxyacetylfentanyl').map((f) => f.matched)).toEqual(['methoxyacetylfentanyl']);
  });

  it('skips deny contexts', () => {
    expect(familyFindings('butyrfentanyl-free')).toEqual([]);
  });
});
