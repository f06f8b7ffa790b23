import { foldCharacters } from './fold-characters';
import { createFoldBuffer } from './fold-buffer';
import { isDroppedMark } from './fold-table';
import { skipWordSeparators } from './skip-word-separators';

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

const shared = createFoldBuffer(1024);

/** Size of the blocks that folded texts' arrays are cut from. */
const BLOCK_BYTES = 64 * 1024;
let block = new ArrayBuffer(BLOCK_BYTES);
let blockUsed = 0;

/**
 * The shared buffer's map and flags, copied into arrays of the folded text's own. They are cut from a shared block:
 * allocating two typed arrays for every block of page text cost more than folding it (each gets its own backing
 * store). A block lives as long as a folded text cut from it; a text too long for a block gets one of its own.
 */
function copyMapAndFlags(length: number): { map: Int32Array; flags: Uint8Array } {
  const mapBytes = (length + 1) * 4;
  const bytes = mapBytes + ((length + 3) & ~3); // the next map starts 4-byte aligned
  let buffer = block;
  let at = blockUsed;
  if (bytes > BLOCK_BYTES / 4) {
    buffer = new ArrayBuffer(bytes);
    at = 0;
  } else {
    if (blockUsed + bytes > BLOCK_BYTES) {
      block = buffer = new ArrayBuffer(BLOCK_BYTES);
      at = 0;
    }
    blockUsed = at + bytes;
  }
  const map = new Int32Array(buffer, at, length + 1);
  map.set(shared.map.subarray(0, length + 1));
  const flags = new Uint8Array(buffer, at + mapBytes, length);
  flags.set(shared.flags.subarray(0, length));
  return { map, flags };
}

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
  skipWordSeparators(shared);
  const { length } = shared;
  shared.map[length] = text.length;
  return { original: text, folded: utf16.decode(shared.units.subarray(0, length)), ...copyMapAndFlags(length) };
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
