import { astralFold, decodeFoldTables, expansionOf, foldFlags, unitDelta, type Expansion } from './fold-table';
import { reserve, type FoldBuffer } from './fold-buffer';

/** The fold of characters above U+FFFF that no table knows (emoji, rare ideographs): one neutral symbol. */
const UNKNOWN_ASTRAL_FOLD: Expansion = { units: [0xfffc], flags: 0 };
/** The fold of an unpaired surrogate. */
const LONE_SURROGATE_FOLD: Expansion = { units: [0xfffd], flags: 0 };
const SPACE = 0x20;

/**
 * First step, by table lookup only: drops default-ignorable code points, applies compatibility decomposition with
 * mark stripping, case folding, confusable folding and leet classes, and folds each surrogate pair to one unit.
 * The flags of a dropped character carry over to the next unit, so "zero-width characters" can be told later.
 * Every whitespace character folds to a space, and a space after a space is dropped (with what it carried), so
 * "no  rx" matches "no rx". Writes into `buffer` (emptied first).
 */
export function foldCharacters(text: string, buffer: FoldBuffer): void {
  decodeFoldTables();
  // Module bindings read through a getter in some bundlers' output: keep the tables in locals for the hot loop.
  const deltaOf = unitDelta;
  const flagsOf = foldFlags;
  const n = text.length;
  let length = 0;
  let carried = 0;
  let previous = -1; // the last unit kept
  let i = 0;
  while (i < n) {
    // Room for every character left as one unit, so the loop writes them unchecked into arrays that stay the same.
    buffer.length = length;
    reserve(buffer, n - i);
    const { units, map, flags } = buffer;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      const unit = c + deltaOf[c];
      if (unit >= 0) {
        // Written even as a space after a space, but then not counted, so the next unit takes its place: a branch
        // on it would be mispredicted at every space.
        units[length] = unit;
        map[length] = i;
        flags[length] = flagsOf[c] | carried;
        carried = 0;
        length += +(((unit ^ SPACE) | (previous ^ SPACE)) !== 0);
        previous = unit;
        continue;
      }
      let expansion = expansionOf(c);
      const start = i;
      if (c >= 0xd800 && c <= 0xdfff) {
        const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
        if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          const codePoint = ((c - 0xd800) << 10) + (next - 0xdc00) + 0x10000;
          expansion = astralFold(codePoint) ?? UNKNOWN_ASTRAL_FOLD;
          i++;
        } else {
          expansion = LONE_SURROGATE_FOLD;
        }
      }
      if (expansion === undefined) continue;
      if (expansion.units.length === 0) {
        carried |= expansion.flags;
        continue;
      }
      // Several units (rare): written where there is room for them, then the loop starts over with the arrays.
      buffer.length = length;
      reserve(buffer, expansion.units.length + n - i);
      for (const folded of expansion.units) {
        if (folded === SPACE && previous === SPACE) {
          carried = 0;
          continue;
        }
        buffer.units[length] = folded;
        buffer.map[length] = start;
        buffer.flags[length++] = expansion.flags | carried;
        carried = 0;
        previous = folded;
      }
      i++;
      break;
    }
  }
  buffer.length = length;
}
