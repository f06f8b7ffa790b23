import { GAP_FLAGS, FoldFlag } from '../normalize/flags';
import { unitKind } from '../normalize/fold-table';
import type { FoldedText } from '../normalize/fold-text';
import { UnitKind } from '../normalize/unit-kind';

/**
 * True when folded unit `i` continues a word: a letter of a spaced script that was not a digit or symbol read as
 * a letter (so "oxycodone30mg" and "heroin!" still end the word after the drug name).
 */
function isWordUnit(text: FoldedText, i: number): boolean {
  return unitKind[text.folded.charCodeAt(i)] === UnitKind.Letter && (text.flags[i] & FoldFlag.Leet) === 0;
}

/** True when a word may start at folded offset `start`: nothing word-like before it, or a skipped separator. */
export function startsWord(text: FoldedText, start: number): boolean {
  return start === 0 || (text.flags[start] & GAP_FLAGS) !== 0 || !isWordUnit(text, start - 1);
}

/** True when a word may end at folded offset `end` (exclusive). */
export function endsWord(text: FoldedText, end: number): boolean {
  return end >= text.folded.length || (text.flags[end] & GAP_FLAGS) !== 0 || !isWordUnit(text, end);
}
