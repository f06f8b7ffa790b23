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
 * `singleUnit[c]`: the one unit BMP code unit `c` folds to, or -1 when it folds to zero or several units
 * (then `expansions.get(c)`) or is a surrogate.
 */
export const singleUnit = new Int32Array(0x10000);
/** `foldFlags[c]`: the `FoldFlag` bits of folding BMP code unit `c`. */
export const foldFlags = new Uint8Array(0x10000);
/** `unitKind[u]`: the `UnitKind` of folded unit `u`. */
export const unitKind = new Uint8Array(0x10000) as Uint8Array & { [index: number]: UnitKind };
/** BMP code points that fold to zero or several units. */
export const expansions = new Map<number, Expansion>();
const astralFolds = new Map<number, Expansion>();

/**
 * Reads a packed table ("9,1,n,0;a,1,-g,8": base-36 numbers, fields split by ",", records by ";", list items by
 * ".") number by number, without splitting it into thousands of small strings and arrays first.
 */
class PackedReader {
  private at = 0;
  /** The character after the last number read: "," ";" "." or "" at the end. */
  private separator = '';

  constructor(private readonly packed: string) {}

  get done(): boolean {
    return this.at >= this.packed.length;
  }

  /** The number at the cursor; steps over the separator after it. */
  next(): number {
    const text = this.packed;
    let at = this.at;
    const sign = text.charCodeAt(at) === 0x2d ? -1 : 1;
    if (sign < 0) at++;
    let value = 0;
    for (; at < text.length; at++) {
      const c = text.charCodeAt(at);
      if (c >= 0x30 && c <= 0x39) value = value * 36 + c - 0x30;
      else if (c >= 0x61 && c <= 0x7a) value = value * 36 + c - 0x57;
      else break;
    }
    this.separator = text.charAt(at);
    this.at = at + 1;
    return sign * value;
  }

  /** The "."-separated numbers of the record's last field (none when it is empty); steps to the next record. */
  list(): number[] {
    const values: number[] = [];
    if (this.done || this.packed.charAt(this.at) === ';') {
      this.at++;
      return values;
    }
    do values.push(this.next());
    while (this.separator === '.');
    return values;
  }
}

function decodeExpansions(packed: string, into: Map<number, Expansion>): void {
  for (const reader = new PackedReader(packed); !reader.done; ) {
    const codePoint = reader.next();
    const flags = reader.next();
    into.set(codePoint, { units: reader.list(), flags });
  }
}

let decoded = false;

/**
 * Fills the tables on first use rather than at load: a content script's load is one task, and the page should
 * not wait for tables it may never need (folding starts in a time-sliced step).
 */
export function decodeFoldTables(): void {
  if (decoded) return;
  decoded = true;
  for (let c = 0; c < 0x10000; c++) singleUnit[c] = c >= 0xd800 && c <= 0xdfff ? -1 : c;
  for (const runs = new PackedReader(SINGLE_UNIT_RUNS); !runs.done; ) {
    const [start, length, delta, flags] = [runs.next(), runs.next(), runs.next(), runs.next()];
    for (let c = start; c < start + length; c++) {
      singleUnit[c] = c + delta;
      foldFlags[c] = flags;
    }
  }
  decodeExpansions(BMP_EXPANSIONS, expansions);
  for (const [c, expansion] of expansions) {
    singleUnit[c] = -1;
    foldFlags[c] = expansion.flags;
  }
  // Digits read as letters (ASCII and fullwidth) are marked as such: they still continue a word.
  for (const zero of [0x30, 0xff10]) {
    for (let c = zero; c < zero + 10; c++) if (foldFlags[c] & FoldFlag.Leet) foldFlags[c] |= FoldFlag.Digit;
  }
  for (const runs = new PackedReader(UNIT_KIND_RUNS); !runs.done; ) {
    const [start, length, kind] = [runs.next(), runs.next(), runs.next()];
    unitKind.fill(kind, start, start + length);
  }
}

/**
 * The fold of a code point above U+FFFF (mathematical letters, enclosed letters, tags), or undefined (then it folds
 * to U+FFFC). Its table is decoded on the first such character: most pages have none.
 */
export function astralFold(codePoint: number): Expansion | undefined {
  if (astralFolds.size === 0) decodeExpansions(ASTRAL_FOLDS, astralFolds);
  return astralFolds.get(codePoint);
}

/** True for a code unit that folds to nothing because it is a combining mark (it belongs to the letter before it). */
export function isDroppedMark(c: number): boolean {
  return singleUnit[c] === -1 && foldFlags[c] === FoldFlag.Compatibility && expansions.get(c)?.units.length === 0;
}
