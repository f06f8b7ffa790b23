/**
 * The folding tables, decoded once from `fold-table.generated.ts` into flat typed arrays so that folding a
 * character is two array reads.
 */
import { ASTRAL_FOLDS, BMP_EXPANSIONS, SINGLE_UNIT_RUNS, UNIT_KIND_RUNS } from './fold-table.generated';
import { FoldFlag } from './flags';
import type { UnitKind } from './unit-kind';

/** A fold to zero or several units. */
export interface Expansion {
  readonly units: readonly number[];
  readonly flags: number;
}

/**
 * `c + unitDelta[c]`: the one unit BMP code unit `c` folds to, or -1 when it folds to zero or several units (then
 * `expansionOf(c)`) or is a surrogate. Kept as a difference so that the fresh, zero-filled table already folds every
 * character to itself: filling 65,536 entries one by one cost several milliseconds of every page load.
 */
export const unitDelta = new Int32Array(0x10000);
/** `foldFlags[c]`: the `FoldFlag` bits of folding BMP code unit `c`. */
export const foldFlags = new Uint8Array(0x10000);
/** `unitKind[u]`: the `UnitKind` of folded unit `u`. */
export const unitKind = new Uint8Array(0x10000) as Uint8Array & { [index: number]: UnitKind };

/** A generated table: a JSON array of numbers (`JSON.parse` is native, far faster than reading it by hand). */
const numbersOf = (table: string): number[] => JSON.parse(table) as number[];

/** Calls `visit` with the code point and the position of every record "code point, flags, unit count, units…". */
function forEachExpansion(numbers: readonly number[], visit: (codePoint: number, at: number) => void): void {
  for (let at = 0; at < numbers.length; at += 3 + numbers[at + 2]) visit(numbers[at], at);
}

function expansionAt(numbers: readonly number[], at: number): Expansion {
  return { units: numbers.slice(at + 3, at + 3 + numbers[at + 2]), flags: numbers[at + 1] };
}

/** BMP expansions, read into objects on first use of each: a page meets a handful of the 2,500. */
let bmpExpansions: readonly number[] = [];
/** `expansionRecord[c]`: 1 + where `c`'s record starts in `bmpExpansions`, or 0. */
const expansionRecord = new Int32Array(0x10000);
const expansionCache = new Map<number, Expansion>();
let astralFolds: Map<number, Expansion> | undefined;

let decoded = false;

/**
 * Fills the tables on first use rather than at load: a content script's load is one task, and the page should
 * not wait for tables it may never need (folding starts in a time-sliced step).
 */
export function decodeFoldTables(): void {
  if (decoded) return;
  decoded = true;
  for (let c = 0xd800; c <= 0xdfff; c++) unitDelta[c] = -c - 1;
  const runs = numbersOf(SINGLE_UNIT_RUNS);
  // Plain indexing: this runs once, in the interpreter, where destructuring goes through the iterator protocol.
  for (let at = 0; at < runs.length; at += 4) {
    const start = runs[at];
    const end = start + runs[at + 1];
    unitDelta.fill(runs[at + 2], start, end);
    foldFlags.fill(runs[at + 3], start, end);
  }
  bmpExpansions = numbersOf(BMP_EXPANSIONS);
  forEachExpansion(bmpExpansions, (c, at) => {
    unitDelta[c] = -c - 1;
    foldFlags[c] = bmpExpansions[at + 1];
    expansionRecord[c] = at + 1;
  });
  // Digits read as letters (ASCII and fullwidth) are marked as such: they still continue a word.
  for (const zero of [0x30, 0xff10]) {
    for (let c = zero; c < zero + 10; c++) if (foldFlags[c] & FoldFlag.Leet) foldFlags[c] |= FoldFlag.Digit;
  }
  const kinds = numbersOf(UNIT_KIND_RUNS);
  for (let at = 0; at < kinds.length; at += 3) unitKind.fill(kinds[at + 2], kinds[at], kinds[at] + kinds[at + 1]);
}

/** The fold of BMP code unit `c` to zero or several units, or undefined (it folds to one unit, or is a surrogate). */
export function expansionOf(c: number): Expansion | undefined {
  const at = expansionRecord[c] - 1;
  if (at < 0) return undefined;
  let expansion = expansionCache.get(c);
  if (!expansion) expansionCache.set(c, (expansion = expansionAt(bmpExpansions, at)));
  return expansion;
}

/**
 * The fold of a code point above U+FFFF (mathematical letters, enclosed letters, tags), or undefined (then it folds
 * to U+FFFC). Its table is decoded on the first such character: most pages have none.
 */
export function astralFold(codePoint: number): Expansion | undefined {
  if (!astralFolds) {
    const folds = new Map<number, Expansion>();
    const numbers = numbersOf(ASTRAL_FOLDS);
    forEachExpansion(numbers, (cp, at) => folds.set(cp, expansionAt(numbers, at)));
    astralFolds = folds;
  }
  return astralFolds.get(codePoint);
}

/** True for a code unit that folds to nothing because it is a combining mark (it belongs to the letter before it). */
export function isDroppedMark(c: number): boolean {
  return foldFlags[c] === FoldFlag.Compatibility && expansionOf(c)?.units.length === 0;
}
