/** The user's price overrides applied to the defaults the price rules ship with. */
import type { ReferencePrice } from '../price/reference-prices';
import { DEFAULT_PRICE_SETTINGS, type PriceSettings } from '../price/settings';
import type { PriceOverrides } from './model';

/**
 * The price rules' settings with the user's overrides: share threshold, rate overrides, and reference rows that
 * replace the bundled row of the same brand and ingredient (brand compared case-insensitively) or are added.
 * @example priceSettingsFrom({ belowReferenceShare: 0.5, referencePrices: [], usdRateOverrides: { EUR: 0.9 } }).usdRateOverrides // { EUR: 0.9 }
 */
export function priceSettingsFrom(overrides: PriceOverrides, defaults: PriceSettings = DEFAULT_PRICE_SETTINGS): PriceSettings {
  const key = (row: ReferencePrice) => `${row.brand.toLowerCase()}\u0000${row.termId}`;
  const replaced = new Set(overrides.referencePrices.map(key));
  return {
    ...defaults,
    belowReferenceShare: overrides.belowReferenceShare,
    // The user's rows first: the first row whose brand appears in a listing wins.
    referencePrices: [...overrides.referencePrices, ...defaults.referencePrices.filter((row) => !replaced.has(key(row)))],
    usdRateOverrides: { ...defaults.usdRateOverrides, ...overrides.usdRateOverrides },
  };
}
