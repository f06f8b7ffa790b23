import { GAP_FLAGS, FoldFlag } from '../normalize/flags';
import { unitKind } from '../normalize/fold-table';
import type { FoldedText } from '../normalize/fold-text';
import { UnitKind } from '../normalize/unit-kind';

/** Dose units written straight after a number ("30mg", "10iu"), folded: "oxycodone30mg" still ends after the name. */
const DOSE_UNITS = ['mcg', 'mg', 'ug', 'kg', 'ml', 'iu', 'g'];

/** True when folded unit `i` is (or was) a digit: part of a number, which continues a word ("w4201", "KT90mdA3"). */
function isDigitUnit(text: FoldedText, i: number): boolean {
  return (text.flags[i] & FoldFlag.Digit) !== 0 || unitKind[text.folded.charCodeAt(i)] === UnitKind.Digit;
}

/**
 * True when folded unit `i` continues a word: a letter of a spaced script that was not a symbol read as a letter
 * (so "heroin!" still ends the word after the drug name), or a digit.
 */
function isWordUnit(text: FoldedText, i: number): boolean {
  if (isDigitUnit(text, i)) return true;
  return unitKind[text.folded.charCodeAt(i)] === UnitKind.Letter && (text.flags[i] & FoldFlag.Leet) === 0;
}

/** True when the units from `from` are a number followed by a dose unit and then the end of a word ("30mg "). */
function isDoseAt(text: FoldedText, from: number): boolean {
  let i = from;
  while (i < text.folded.length && isDigitUnit(text, i)) i++;
  if (i === from) return false;
  return DOSE_UNITS.some((unit) => text.folded.startsWith(unit, i) && !continuesAfter(text, i + unit.length));
}

function continuesAfter(text: FoldedText, end: number): boolean {
  return end < text.folded.length && (text.flags[end] & GAP_FLAGS) === 0 && isWordUnit(text, end);
}

/** True when a word may start at folded offset `start`: nothing word-like before it, or a skipped separator. */
export function startsWord(text: FoldedText, start: number): boolean {
  return start === 0 || (text.flags[start] & GAP_FLAGS) !== 0 || !isWordUnit(text, start - 1);
}

/** True when a word may end at folded offset `end` (exclusive); a dose written on ("ketamine30mg") ends it too. */
export function endsWord(text: FoldedText, end: number): boolean {
  return !continuesAfter(text, end) || isDoseAt(text, end);
}
