/**
 * The detection engine's public API: `createScanner(lexicon).scanText(text)` finds every lexicon term, family word
 * and CAS number in one block of text; `assessListing(findings)` applies the rules that need a whole listing.
 */
import { DETECTORS, isVerifiedMatch } from './detect/index';
import type { Finding } from './findings';
import { loadDefaultLexicon, type CompiledLexicon } from './lexicon/index';
import { foldText } from './normalize/fold-text';

export interface Scanner {
  /**
   * All raw findings in one block of text (every category, before listing rules), sorted by `start`.
   * Offsets are UTF-16 code units into `text`, end exclusive, and `finding.matched === text.slice(start, end)`.
   *
   * @example createScanner().scanText("Buy x a n a x here")[0].termId === "alprazolam"
   */
  scanText(text: string): Finding[];
}

/** A scanner over `lexicon` (the shipped lexicon by default). */
export function createScanner(lexicon: CompiledLexicon = loadDefaultLexicon()): Scanner {
  return {
    scanText(text) {
      const folded = foldText(text);
      const matches = lexicon.matcher.find(folded.folded, (match) => isVerifiedMatch(folded, lexicon, match));
      const context = { text: folded, lexicon, matches, claimed: new Uint8Array(matches.length) };
      return DETECTORS.flatMap((detector) => detector.detect(context)).sort((a, b) => a.start - b.start || b.end - a.end);
    },
  };
}

export { assessListing } from './detect/listing-context';
