import { astralFold, decodeFoldTables, expansionOf, foldFlags, unitDelta, type Expansion } from './fold-table';
import { reserve, resetFoldBuffer, type FoldBuffer } from './fold-buffer';

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
  resetFoldBuffer(buffer, text.length);
  // Module bindings read through a getter in some bundlers' output: keep the tables in locals for the hot loop.
  const deltaOf = unitDelta;
  const flagsOf = foldFlags;
  let { units, map, flags } = buffer;
  let length = 0;
  let carried = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const unit = c + deltaOf[c];
    if (unit >= 0) {
      if (unit === SPACE && length > 0 && units[length - 1] === SPACE) {
        carried = 0;
        continue;
      }
      if (length === units.length) {
        buffer.length = length;
        reserve(buffer, 1);
        ({ units, map, flags } = buffer);
      }
      units[length] = unit;
      map[length] = i;
      flags[length++] = flagsOf[c] | carried;
      carried = 0;
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
    buffer.length = length;
    reserve(buffer, expansion.units.length);
    ({ units, map, flags } = buffer);
    for (let k = 0; k < expansion.units.length; k++) {
      if (expansion.units[k] === SPACE && length > 0 && units[length - 1] === SPACE) {
        carried = 0;
        continue;
      }
      units[length] = expansion.units[k];
      map[length] = start;
      flags[length++] = expansion.flags | carried;
      carried = 0;
    }
  }
  buffer.length = length;
}
