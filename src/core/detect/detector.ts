import type { Finding } from '../findings';
import type { CompiledLexicon } from '../lexicon/compile';
import type { Match } from '../matcher/matcher';
import type { FoldedText } from '../normalize/fold-text';

/** What every detector sees of one block of text. */
export interface DetectionContext {
  /** The block of text as given. */
  original: string;
  /** The same text folded (detectors that read only `original` must not touch it: it may be folded on demand). */
  readonly text: FoldedText;
  lexicon: CompiledLexicon;
  /** The automaton's matches in `text.folded`. */
  matches: readonly Match[];
  /** `claimed[i]` is 1 once match `i` became a finding, so later detectors leave it alone. */
  claimed: Uint8Array;
}

/** One kind of evidence (lexicon terms, family suffixes, CAS numbers, …), registered once in `detect/index.ts`. */
export interface Detector {
  id: string;
  /** What it finds, for the documentation and the registry test. */
  description: string;
  /**
   * What it reads: `matches` (the automaton's matches in the folded text; with none there is nothing to do, and the
   * scanner skips it) or `original` (the text as given, never the folded one).
   */
  reads: 'matches' | 'original';
  detect(context: DetectionContext): Finding[];
}
