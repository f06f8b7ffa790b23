/** The kind of a folded unit, as far as word boundaries and separator skipping care. */
export const UnitKind = {
  Other: 0,
  /** A letter of a script that separates words with spaces (Latin, Cyrillic, …). */
  Letter: 1,
  /** A letter of a script written without spaces between words (Han, kana, Hangul, Thai, …): no word boundaries. */
  Cjk: 2,
  Digit: 3,
  Space: 4,
  /** Punctuation that may be skipped between letters of one word (`fen-tanyl`, `f.e.n.t.a.n.y.l`). */
  Separator: 5,
} as const;

export type UnitKind = (typeof UnitKind)[keyof typeof UnitKind];
