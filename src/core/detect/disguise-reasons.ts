import { FOLD_FLAG_REASONS, GAP_FLAGS } from '../normalize/flags';
import type { FoldedText } from '../normalize/fold-text';
import { termFlagAt } from '../lexicon/compile';

/**
 * The folding a match needed beyond what its own term needs (a Russian term folds Cyrillic letters too, so Cyrillic
 * text matching it is no disguise), as reasons: "matched through homoglyph folding", "… leetspeak", ….
 * Gaps are only counted inside the match, not before its first unit.
 */
export function disguiseReasons(text: FoldedText, start: number, termFlags: string): string[] {
  let used = 0;
  for (let k = 0; k < termFlags.length; k++) {
    const flags = text.flags[start + k] & ~termFlagAt(termFlags, k);
    used |= k === 0 ? flags & ~GAP_FLAGS : flags;
  }
  return FOLD_FLAG_REASONS.filter(([flag]) => (used & flag) !== 0).map(([, reason]) => reason);
}
