import type { CompiledLexicon } from '../lexicon/compile';
import type { Match } from '../matcher/matcher';
import type { FoldedText } from '../normalize/fold-text';
import { verifiesTerm } from './lexicon-terms';
import { endsWord } from './word-boundary';

/**
 * True when a detector could take the automaton's match: one of its pattern's entry terms passes its checks (word
 * boundaries, exact form), or the pattern ends in a family suffix at the end of a word. Deny contexts are not
 * checked here: a denied term is no reason to look for a shorter one. The matcher falls back to shorter or later
 * matches when this is false, so "fentanyl patch" failing inside "fentanyl patchwork" leaves "fentanyl".
 */
export function isVerifiedMatch(text: FoldedText, lexicon: CompiledLexicon, match: Match): boolean {
  for (const term of lexicon.termsByPattern[match.pattern]) {
    if (term.kind === 'entry' && verifiesTerm(text, match, term)) return true;
  }
  if (!endsWord(text, match.end)) return false;
  const pattern = lexicon.patterns[match.pattern];
  return lexicon.familySuffixes.some((suffix) => suffix.length > 0 && pattern.endsWith(suffix));
}
