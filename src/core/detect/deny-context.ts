import { foldText, type FoldedText } from '../normalize/fold-text';
import { endsWord, startsWord } from './word-boundary';

const fold = (phrase: string): string => foldText(phrase).folded;

let phrases: { before: string[]; attached: string } | undefined;

/** The general phrases, folded on first use (folding at load would decode the fold tables as a content script loads). */
function denyPhrases(): { before: string[]; attached: string } {
  phrases ??= {
    /** Written before a term, these say the product does not contain it: "no codeine", "free of THC", "non-GMO". */
    before: ['no ', 'without ', 'free of ', 'free from ', 'non ', 'non'].map(fold),
    /** Attached after a term (directly or by a hyphen): "codeine-free". "codeine free shipping" is not a denial. */
    attached: fold('free'),
  };
  return phrases;
}

function phraseAt(text: FoldedText, phrase: string, at: number): boolean {
  return at >= 0 && text.folded.startsWith(phrase, at) && endsWord(text, at + phrase.length);
}

/**
 * True when the match `[start, end)` of folded text sits in a context that negates it: the general rules above, or
 * one of the entry's own `denyAfter` phrases (folded), given either with the term ("codeine-free") or without it.
 */
export function isDenied(text: FoldedText, start: number, end: number, denyAfter: readonly string[]): boolean {
  const { before, attached } = denyPhrases();
  if (phraseAt(text, attached, end)) return true;
  for (const phrase of before) {
    const at = start - phrase.length;
    if (at >= 0 && text.folded.startsWith(phrase, at) && startsWord(text, at)) return true;
  }
  const after = text.folded.charCodeAt(end) === 0x20 ? end + 1 : end;
  return denyAfter.some((phrase) => phraseAt(text, phrase, start) || phraseAt(text, phrase, after));
}
