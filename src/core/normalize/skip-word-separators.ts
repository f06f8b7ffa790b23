import { unitKind } from './fold-table';
import { FoldFlag } from './flags';
import type { FoldStep } from './fold-buffer';
import { UnitKind } from './unit-kind';

/**
 * Drops separators inside words: one punctuation mark between two letters (`fen-tanyl`, `f.e.n.t.a.n.y.l`,
 * `fen_tanyl`) and one space between two single letters (`f e n t a n y l`). The next unit gets `FoldFlag.Spaced`,
 * which later also counts as a word boundary (so "fentanyl-laced" still ends a word after "fentanyl").
 * Digits are not letters here, so numbers ("79099-07-3", "1-2") keep their separators. Next to a single letter, a
 * digit or symbol read as a letter does not make a word ("F E N T A N Y L!" is still spaced letters).
 */
export function createSkipWordSeparators(): FoldStep {
  return (buffer) => {
    const { units, map, flags, length } = buffer;
    let write = 0;
    let carried = 0;
    // Kinds of the two units before `read` in the unfiltered sequence (writes may have overwritten them).
    let before1: number = UnitKind.Other;
    let before2: number = UnitKind.Other;
    let before2Leet = false;
    let before1Leet = false;
    for (let read = 0; read < length; read++) {
      const kind = unitKind[units[read]];
      if ((kind === UnitKind.Separator || kind === UnitKind.Space) && before1 === UnitKind.Letter && read + 1 < length) {
        const after1 = unitKind[units[read + 1]];
        const after2IsPlainLetter =
          read + 2 < length && unitKind[units[read + 2]] === UnitKind.Letter && (flags[read + 2] & FoldFlag.Leet) === 0;
        const skip =
          after1 === UnitKind.Letter &&
          (kind === UnitKind.Separator || (!(before2 === UnitKind.Letter && !before2Leet) && !after2IsPlainLetter));
        if (skip) {
          carried |= FoldFlag.Spaced | flags[read];
          before2 = before1;
          before2Leet = before1Leet;
          before1 = kind;
          before1Leet = false;
          continue;
        }
      }
      const leet = (flags[read] & FoldFlag.Leet) !== 0;
      units[write] = units[read];
      map[write] = map[read];
      flags[write++] = flags[read] | carried;
      carried = 0;
      before2 = before1;
      before2Leet = before1Leet;
      before1 = kind;
      before1Leet = leet;
    }
    buffer.length = write;
  };
}
