import { unitKind } from './fold-table';
import { FoldFlag } from './flags';
import type { FoldBuffer } from './fold-buffer';
import { UnitKind } from './unit-kind';

/**
 * True when the separator or space `units[read]` is skipped: one punctuation mark between two letters, or one space
 * between two single letters. `skipped1` and `skipped2` say whether the two units before it were skipped; the units
 * kept so far end at `write`.
 */
function skips(buffer: FoldBuffer, read: number, write: number, skipped1: boolean, skipped2: boolean): boolean {
  const { units, flags, length } = buffer;
  const kindOf = unitKind;
  const { Letter, Separator, Space } = UnitKind;
  const { Leet, Digit } = FoldFlag;
  const kind = kindOf[units[read]];
  if ((kind !== Separator && kind !== Space) || read + 1 >= length || skipped1 || write === 0) return false;
  if (kindOf[units[write - 1]] !== Letter || kindOf[units[read + 1]] !== Letter) return false;
  if (kind === Separator) return true;
  const wordBefore = !skipped2 && write > 1 && kindOf[units[write - 2]] === Letter && (flags[write - 2] & (Leet | Digit)) !== Leet;
  if (wordBefore) return false;
  return !(read + 2 < length && kindOf[units[read + 2]] === Letter && (flags[read + 2] & (Leet | Digit)) !== Leet);
}

/**
 * Drops separators inside words: one punctuation mark between two letters (`fen-tanyl`, `f.e.n.t.a.n.y.l`,
 * `fen_tanyl`) and one space between two single letters (`f e n t a n y l`). The next unit gets `FoldFlag.Spaced`,
 * which later also counts as a word boundary (so "fentanyl-laced" still ends a word after "fentanyl").
 * Digits are not letters here, so numbers ("79099-07-3", "1-2") keep their separators. Next to a single letter, a
 * symbol read as a letter does not make a word ("F E N T A N Y L!" is still spaced letters), but a digit read as a
 * letter does: "w77773 w77774" are two tokens, not spaced letters.
 */
export function skipWordSeparators(buffer: FoldBuffer): void {
  const { units, map, flags, length } = buffer;
  // Until the first skip nothing moves (and nothing was skipped before): most text has none at all.
  let read = 0;
  while (read < length && !skips(buffer, read, read, false, false)) read++;
  let write = read;
  let carried = 0;
  // Whether the unit before `read` in the unfiltered sequence was skipped (then it was no letter), and the one
  // before that. Units that were kept sit at write - 1 and write - 2.
  let skipped1 = false;
  let skipped2 = false;
  for (; read < length; read++) {
    const skip = skips(buffer, read, write, skipped1, skipped2);
    skipped2 = skipped1;
    skipped1 = skip;
    if (skip) {
      carried |= FoldFlag.Spaced | flags[read];
      continue;
    }
    units[write] = units[read];
    map[write] = map[read];
    flags[write++] = flags[read] | carried;
    carried = 0;
  }
  buffer.length = write;
}
