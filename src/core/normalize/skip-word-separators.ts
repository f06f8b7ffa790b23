import { unitKind } from './fold-table';
import { FoldFlag } from './flags';
import type { FoldBuffer } from './fold-buffer';
import { UnitKind } from './unit-kind';

/**
 * Drops separators inside words: one punctuation mark between two letters (`fen-tanyl`, `f.e.n.t.a.n.y.l`,
 * `fen_tanyl`) and one space between two single letters (`f e n t a n y l`). The next unit gets `FoldFlag.Spaced`,
 * which later also counts as a word boundary (so "fentanyl-laced" still ends a word after "fentanyl").
 * Digits are not letters here, so numbers ("79099-07-3", "1-2") keep their separators. Next to a single letter, a
 * symbol read as a letter does not make a word ("F E N T A N Y L!" is still spaced letters), but a digit read as a
 * letter does: "w77773 w77774" are two tokens, not spaced letters.
 */
export function skipWordSeparators(buffer: FoldBuffer): void {
  // Hot loop: the kind and flag tests are written out rather than called.
  const { units, map, flags, length } = buffer;
  const kindOf = unitKind;
  const { Letter, Separator, Space } = UnitKind;
  const { Leet, Digit, Spaced } = FoldFlag;
  let write = 0;
  let carried = 0;
  // Whether the unit before `read` in the unfiltered sequence was skipped (then it was no letter), and the one
  // before that. Units that were kept sit at write - 1 and write - 2.
  let skipped1 = false;
  let skipped2 = false;
  for (let read = 0; read < length; read++) {
    const unit = units[read];
    const kind = kindOf[unit];
    let skip = false;
    if ((kind === Separator || kind === Space) && read + 1 < length && !skipped1 && write > 0) {
      if (kindOf[units[write - 1]] === Letter && kindOf[units[read + 1]] === Letter) {
        const wordBefore: boolean =
          !skipped2 && write > 1 && kindOf[units[write - 2]] === Letter && (flags[write - 2] & (Leet | Digit)) !== Leet;
        const wordAfter: boolean =
          read + 2 < length && kindOf[units[read + 2]] === Letter && (flags[read + 2] & (Leet | Digit)) !== Leet;
        skip = kind === Separator || (!wordBefore && !wordAfter);
      }
    }
    skipped2 = skipped1;
    skipped1 = skip;
    if (skip) {
      carried |= Spaced | flags[read];
      continue;
    }
    units[write] = unit;
    map[write] = map[read];
    flags[write++] = flags[read] | carried;
    carried = 0;
  }
  buffer.length = write;
}
