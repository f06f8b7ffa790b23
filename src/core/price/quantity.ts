/** How much a listing offers, read from its title: "100 tablets", "10 x 2mg", "1kg", "5 pens", "60 caps". */
import { parseLocalizedNumber } from './number-format';
import type { Quantity, TitleQuantity } from './types';
import { UNITS, UNIT_PATTERN, unitFromWord, type UnitName } from './units';
import { LETTER } from './letter-class';

const COUNT = '(?<![\\d.,-])(\\d+(?:[.,]\\d+)*)';
const UNIT = `(${UNIT_PATTERN})`;
const STRENGTH_UNIT = `(mg|mcg|µg|μg|g|ml|iu|units?)(?!${LETTER})`;

const COUNT_TIMES_COUNT_UNIT = new RegExp(`${COUNT}\\s*[x×*]\\s*(\\d+)\\s*${UNIT}`, 'giu');
const COUNT_UNIT = new RegExp(`${COUNT}\\s*-?\\s*${UNIT}`, 'giu');
const COUNT_TIMES_STRENGTH = new RegExp(`${COUNT}\\s*[x×*]\\s*(\\d+(?:[.,]\\d+)?)\\s*${STRENGTH_UNIT}`, 'iu');
const UNIT_OF_COUNT = new RegExp(`\\b(pack|box|bottle|bag|case|carton|set|kit|lot)\\s+of\\s+(\\d+)(?:\\s*${UNIT})?`, 'iu');
const STRENGTH = new RegExp(`(?<![\\d.,])(\\d+(?:[.,]\\d+)?)\\s*(mg|mcg|µg|μg)(?!${LETTER})`, 'iu');

/** Units a title's number counts as strength of one dose rather than as quantity offered. */
const STRENGTH_ONLY: ReadonlySet<UnitName> = new Set(['mg']);
/** "100 units" in a drug title is a strength (Botox, insulin, HGH), not a count of pieces. */
const STRENGTH_WORDS = /^units?$/i;
/** Below this a volume is the fill of one pen or vial ("1mg/3ml pen"), not a quantity offered. */
const SMALLEST_BULK_VOLUME_ML = 100;

function isQuantityUnit(unit: UnitName, word: string, value: number): boolean {
  if (STRENGTH_ONLY.has(unit) || STRENGTH_WORDS.test(word)) return false;
  return !(UNITS[unit].kind === 'volume' && value * UNITS[unit].base < SMALLEST_BULK_VOLUME_ML);
}

/**
 * The quantity a listing title offers, or null. Dosage units win over bulk measures ("Xanax 2mg 100 tablets" is 100
 * tablets), bulk measures over package counts; the dose strength is attached where the title states it.
 *
 * @example parseQuantity("Alprazolam 10 x 2mg") // { value: 10, unit: 'dose', strength: { value: 2, unit: 'mg' } }
 * @example parseQuantity("4-ANPP powder 1kg") // { value: 1, unit: 'kg' }
 */
export function parseQuantity(title: string): TitleQuantity | null {
  const candidates: Quantity[] = [];
  for (const match of title.matchAll(COUNT_TIMES_COUNT_UNIT)) {
    const unit = unitFromWord(match[3]);
    const a = parseLocalizedNumber(match[1]);
    const b = parseLocalizedNumber(match[2]);
    if (unit && a && b && isQuantityUnit(unit, match[3], a * b)) candidates.push({ value: a * b, unit });
  }
  for (const match of title.matchAll(COUNT_UNIT)) {
    const unit = unitFromWord(match[2]);
    const value = parseLocalizedNumber(match[1]);
    if (unit && value && isQuantityUnit(unit, match[2], value)) candidates.push({ value, unit });
  }
  const timesStrength = COUNT_TIMES_STRENGTH.exec(title);
  if (timesStrength) {
    const value = parseLocalizedNumber(timesStrength[1]);
    if (value) candidates.push({ value, unit: 'dose' });
  }
  const unitOfCount = UNIT_OF_COUNT.exec(title);
  if (unitOfCount) {
    const value = parseLocalizedNumber(unitOfCount[2]);
    const inner = unitOfCount[3] ? unitFromWord(unitOfCount[3]) : null;
    const unit = inner ?? unitFromWord(unitOfCount[1]) ?? 'pack';
    if (value) candidates.push({ value, unit });
  }
  const best = pickQuantity(candidates);
  if (!best) return null;
  const strength = STRENGTH.exec(title);
  const strengthValue = strength ? parseLocalizedNumber(strength[1]) : null;
  if (!strength || !strengthValue) return best;
  const inMilligrams = strength[2].toLowerCase() === 'mg' ? strengthValue : strengthValue / 1000;
  return { ...best, strength: { value: inMilligrams, unit: 'mg' } };
}

const KIND_RANK = { dose: 0, mass: 1, volume: 2, package: 3 } as const;

function pickQuantity(candidates: Quantity[]): Quantity | null {
  let best: Quantity | null = null;
  for (const candidate of candidates) {
    if (!best || KIND_RANK[UNITS[candidate.unit].kind] < KIND_RANK[UNITS[best.unit].kind]) best = candidate;
    else if (UNITS[candidate.unit].kind === UNITS[best.unit].kind && candidate.value > best.value) best = candidate;
  }
  return best;
}
