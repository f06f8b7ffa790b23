/**
 * Legitimate reference prices per dosage unit for the branded prescription drugs most counterfeited online.
 * Each row names its source and date; rows with `checked: false` were not verified against that source.
 */
import bundled from './data/reference-prices.json';
import { LETTER_OR_DIGIT } from './letter-class';
import type { UnitName } from './units';

export interface ReferencePrice {
  /** Brand as written on packs and listings, e.g. "Ozempic". */
  brand: string;
  /** Lexicon entry id of the active ingredient, e.g. "semaglutide". */
  termId: string;
  /** The dosage unit the price is for. */
  unit: UnitName;
  pricePerUnit: number;
  currency: string;
  source: string;
  date: string;
  checked: boolean;
}

/** The bundled table (`data/reference-prices.json`). */
export const BUNDLED_REFERENCE_PRICES: readonly ReferencePrice[] = bundled.rows.map((row) => ({
  brand: row.brand,
  termId: row.termId,
  unit: row.unit as UnitName,
  pricePerUnit: row.pricePerUnit,
  currency: row.currency,
  source: row.source,
  date: row.date,
  checked: row.checked,
}));

/**
 * The reference row for a drug finding when the listing names one of the drug's brands, or null. The brand must
 * appear as a word in `listingText` (title and text); generic listings have no brand reference.
 */
export function findReferencePrice(
  termId: string,
  listingText: string,
  table: readonly ReferencePrice[] = BUNDLED_REFERENCE_PRICES,
): ReferencePrice | null {
  for (const row of table) {
    if (row.termId === termId && brandPattern(row.brand).test(listingText)) return row;
  }
  return null;
}

const brandPatterns = new Map<string, RegExp>();

/** A brand as a word, compiled once per brand (listings are checked one by one, each against every row). */
function brandPattern(brand: string): RegExp {
  let pattern = brandPatterns.get(brand);
  if (!pattern) {
    const escaped = brand.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    pattern = new RegExp(`(?<!${LETTER_OR_DIGIT})${escaped}(?!${LETTER_OR_DIGIT})`, 'iu');
    brandPatterns.set(brand, pattern);
  }
  return pattern;
}
