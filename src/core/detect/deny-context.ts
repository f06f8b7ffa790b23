import { foldText, type FoldedText } from '../normalize/fold-text';
import { endsWord, startsWord } from './word-boundary';

const fold = (phrase: string): string => foldText(phrase).folded;

/** Written before a term, these say the product does not contain it: "no codeine", "free of THC", "non-GMO". */
const DENY_BEFORE = ['no ', 'without ', 'free of ', 'free from ', 'non ', 'non'].map(fold);
/** Attached after a term (directly or by a hyphen): "codeine-free". "codeine free shipping" is not a denial. */
const DENY_AFTER_ATTACHED = fold('free');

function phraseAt(text: FoldedText, phrase: string, at: number): boolean {
  return at >= 0 && text.folded.startsWith(phrase, at) && endsWord(text, at + phrase.length);
}

/**
 * True when the match `[start, end)` of folded text sits in a context that negates it: the general rules above, or
 * one of the entry's own `denyAfter` phrases (folded), given either with the term ("codeine-free") or without it.
 */
export function isDenied(text: FoldedText, start: number, end: number, denyAfter: readonly string[]): boolean {
  if (phraseAt(text, DENY_AFTER_ATTACHED, end)) return true;
  for (const phrase of DENY_BEFORE) {
    const at = start - phrase.length;
    if (at >= 0 && text.folded.startsWith(phrase, at) && startsWord(text, at)) return true;
  }
  const after = text.folded.charCodeAt(end) === 0x20 ? end + 1 : end;
  return denyAfter.some((phrase) => phraseAt(text, phrase, start) || phraseAt(text, phrase, after));
}
