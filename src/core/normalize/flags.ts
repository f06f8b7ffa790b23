/**
 * What it took to turn original text into a folded unit. Each folded unit carries a bit set of these, so a finding
 * can say how it was disguised ("matched through homoglyph folding").
 */
export const FoldFlag = {
  /** Default-ignorable code points (zero-width space/joiners, soft hyphen, bidi controls, variation selectors) were dropped just before this unit. */
  Ignorable: 1,
  /** Compatibility decomposition or mark stripping changed the character (fullwidth, mathematical letters, accents). */
  Compatibility: 2,
  /** A Cyrillic, Greek or Armenian lookalike was read as a Latin letter. */
  Homoglyph: 4,
  /** A digit or symbol was read as a letter (`0→o`, `3→e`, `@→a`, `$→s`, …). */
  Leet: 8,
  /** A separator (punctuation, or a space between single letters) was skipped just before this unit. */
  Spaced: 16,
  /**
   * The unit was a digit (always with `Leet`): part of a number such as "w4201" or base64 "KT90mdA3", so it
   * continues a word for boundary checks, unlike a symbol read as a letter ("heroin!").
   */
  Digit: 32,
} as const;

export type FoldFlag = (typeof FoldFlag)[keyof typeof FoldFlag];

/** Flags that describe what happened between this unit and the one before it, rather than to the unit itself. */
export const GAP_FLAGS = FoldFlag.Ignorable | FoldFlag.Spaced;

/** How each flag is explained to the user. */
export const FOLD_FLAG_REASONS: ReadonlyArray<readonly [FoldFlag, string]> = [
  [FoldFlag.Homoglyph, 'matched through homoglyph folding'],
  [FoldFlag.Leet, 'matched through leetspeak'],
  [FoldFlag.Ignorable, 'matched through zero-width characters'],
  [FoldFlag.Spaced, 'matched through spaced letters'],
  [FoldFlag.Compatibility, 'matched through fullwidth, styled or accented characters'],
];
