/**
 * The detection engine's public API: `createScanner(lexicon).scanText(text)` finds every lexicon term, family word
 * and CAS number in one block of text; `assessListing(findings)` applies the rules that need a whole listing.
 */
import { DETECTORS, isVerifiedMatch, type DetectionContext } from './detect/index';
import type { Finding } from './findings';
import { loadDefaultLexicon, type CompiledLexicon } from './lexicon/index';
import type { Match } from './matcher/matcher';
import { foldText, type FoldedText } from './normalize/fold-text';
import { scanJoined } from './scan-batch';
import { createScreen } from './screen';

export interface Scanner {
  /**
   * All raw findings in one block of text (every category, before listing rules), sorted by `start`.
   * Offsets are UTF-16 code units into `text`, end exclusive, and `finding.matched === text.slice(start, end)`.
   *
   * @example createScanner().scanText("Buy x a n a x here")[0].termId === "alprazolam"
   */
  scanText(text: string): Finding[];
  /**
   * `texts.map(scanText)`, in a few calls rather than one per text: what a page of thousands of short blocks needs.
   * @example scanner.scanTexts(["Xanax 2mg", "chair"]) // [[{ matched: "Xanax", start: 0, end: 5, … }], []]
   */
  scanTexts(texts: readonly string[]): Finding[][];
}

const NOTHING_CLAIMED = new Uint8Array(0);
const NO_MATCHES: readonly Match[] = [];

/** What the detectors see of one text; the folded text is made on first use (most texts never need it). */
class Context implements DetectionContext {
  readonly claimed: Uint8Array;
  constructor(
    readonly original: string,
    readonly lexicon: CompiledLexicon,
    readonly matches: readonly Match[],
    private folded: FoldedText | undefined,
  ) {
    this.claimed = matches.length > 0 ? new Uint8Array(matches.length) : NOTHING_CLAIMED;
  }

  get text(): FoldedText {
    return (this.folded ??= foldText(this.original));
  }
}

/** Detectors with work to do when the automaton found nothing. */
const ORIGINAL_READERS = DETECTORS.filter((detector) => detector.reads === 'original');

/** A scanner over `lexicon` (the shipped lexicon by default). */
export function createScanner(lexicon: CompiledLexicon = loadDefaultLexicon()): Scanner {
  const screen = createScreen(lexicon);

  /** Every detector over `text`; the automaton runs only when the screen left a candidate (`mayMatch`). */
  const detect = (text: string, mayMatch: boolean): Finding[] => {
    const folded = mayMatch ? foldText(text) : undefined;
    const matches = folded ? lexicon.matcher.find(folded.folded, (match) => isVerifiedMatch(folded, lexicon, match)) : NO_MATCHES;
    const context = new Context(text, lexicon, matches, folded);
    const detectors = matches.length > 0 ? DETECTORS : ORIGINAL_READERS;
    // Most blocks end with nothing found: no merged array and no sort for them.
    const findings = detectors.length === 1 ? detectors[0].detect(context) : detectors.flatMap((d) => d.detect(context));
    return findings.length > 1 ? findings.sort((a, b) => a.start - b.start || b.end - a.end) : findings;
  };

  return {
    scanText: (text) => detect(text, screen(text)),
    scanTexts(texts) {
      // Screened block by block, so one candidate does not send its whole batch through folding and matching.
      const candidates: number[] = [];
      const others: number[] = [];
      texts.forEach((text, i) => (screen(text) ? candidates : others).push(i));
      const results: Finding[][] = new Array(texts.length);
      for (const [indices, mayMatch] of [[candidates, true], [others, false]] as const) {
        const found = scanJoined(indices.map((i) => texts[i]), (joined) => detect(joined, mayMatch));
        indices.forEach((index, k) => (results[index] = found[k]));
      }
      return results;
    },
  };
}

export { assessListing } from './detect/listing-context';
