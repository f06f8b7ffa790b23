import { createCollapseWhitespace } from './collapse-whitespace';
import { foldCharacters } from './fold-characters';
import { createFoldBuffer, type FoldStep } from './fold-buffer';
import { isDroppedMark } from './fold-table';
import { createSkipWordSeparators } from './skip-word-separators';

/**
 * Text folded for matching, with the way back to the original.
 *
 * - `folded`: the folded text; one UTF-16 unit per folded unit (characters above U+FFFF fold to one unit).
 * - `map`: `map[i]` is the UTF-16 offset in `original` of the character folded unit `i` came from; `map` has one more
 *   entry than `folded` has units, a sentinel equal to `original.length`. Several folded units can share an offset
 *   ("ﬁ" → "fi"); dropped characters have none.
 * - `flags`: `flags[i]` holds the `FoldFlag` bits that describe how unit `i` was obtained.
 *
 * Use `originalRange` to turn a folded range into an original one.
 */
export interface FoldedText {
  readonly original: string;
  readonly folded: string;
  readonly map: Int32Array;
  readonly flags: Uint8Array;
}

/**
 * Folded units as a string. Decoding them as UTF-16 is exact (and twice as fast as `String.fromCharCode`): folding
 * leaves no unpaired surrogate (it turns one into U+FFFD) and no byte-order mark (U+FEFF is ignorable, so dropped;
 * `ignoreBOM` keeps one anyway). Typed arrays are little-endian on every engine RxLens runs in.
 */
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

const STEPS: readonly FoldStep[] = [createCollapseWhitespace(), createSkipWordSeparators()];
const shared = createFoldBuffer(1024);

/**
 * Folds `text` for matching: drops default-ignorable code points (zero-width characters, soft hyphen, bidi controls,
 * variation selectors), applies compatibility decomposition and strips marks (fullwidth, mathematical letters,
 * accents), folds Cyrillic/Greek lookalikes to Latin, case, leet classes (`0→o`, `1|!il→l`, `3→e`, `4@→a`, `5$→s`,
 * `7→t`), collapses whitespace and skips separators inside words (`f.e.n.t.a.n.y.l`, `f e n t a n y l`).
 * Terms and page text go through this same function, so both sides agree.
 *
 * @example foldText("Ｆ3nt-anyl").folded === "fentanyl"
 */
export function foldText(text: string): FoldedText {
  foldCharacters(text, shared);
  for (const step of STEPS) step(shared);
  const { length } = shared;
  shared.map[length] = text.length;
  return {
    original: text,
    folded: utf16.decode(shared.units.subarray(0, length)),
    map: shared.map.slice(0, length + 1),
    flags: shared.flags.slice(0, length),
  };
}

/**
 * The original range of folded units `[start, end)`: UTF-16 offsets into `original`, end exclusive. The end covers
 * the whole original character of the last unit (both halves of a surrogate pair, a ligature) and the combining
 * marks that follow it.
 */
export function originalRange(text: FoldedText, start: number, end: number): { start: number; end: number } {
  const { original, map } = text;
  const last = map[end - 1];
  const c = original.charCodeAt(last);
  let originalEnd = last + (c >= 0xd800 && c <= 0xdbff && last + 1 < original.length ? 2 : 1);
  while (originalEnd < original.length && isDroppedMark(original.charCodeAt(originalEnd))) originalEnd++;
  return { start: map[start], end: originalEnd };
}
