import { compileLexicon, LEXICON_VERSION, loadDefaultLexicon } from '../core/lexicon/index';
import type { LexiconEntry } from '../core/lexicon/types';
import { createScanner, type Scanner } from '../core/scan';

/**
 * The scanner for a CLI run: the shipped lexicon, plus the `--lexicon` file's entries when there are any. An extra
 * entry with the id of a shipped one replaces it (so a researcher can correct or narrow an entry).
 */
export function createCliScanner(extraEntries: readonly LexiconEntry[]): Scanner {
  const shipped = loadDefaultLexicon();
  if (extraEntries.length === 0) return createScanner(shipped);
  // compileLexicon keeps the first entry of a repeated id, so the extra entries go first.
  const lexicon = compileLexicon([...extraEntries, ...shipped.entries], shipped.families, `${LEXICON_VERSION}+custom`);
  return createScanner(lexicon);
}
