/** What the user can tune about the price rules, with the defaults RxLens ships. */
import { BUNDLED_REFERENCE_PRICES, type ReferencePrice } from './reference-prices';
import { BUNDLED_USD_RATES, type UsdRateTable } from './usd-rates';

export interface PriceSettings {
  /** below-reference flags a branded drug priced under this share of its reference per unit (0.3 = 30 %). */
  belowReferenceShare: number;
  referencePrices: readonly ReferencePrice[];
  usdRates: UsdRateTable;
  /** Units per USD that replace the table's rate for a currency, e.g. `{ EUR: 0.92 }`. */
  usdRateOverrides: Readonly<Record<string, number>>;
  /** page-outlier flags a listing priced under this share of the median unit price of the same drug. */
  outlierShareOfMedian: number;
  /** page-outlier needs at least this many priced listings of the same drug on the page. */
  outlierMinimumListings: number;
  /** bulk: grams from which a quantity by weight counts as bulk. */
  bulkMinimumGrams: number;
  /** bulk: millilitres from which a quantity by volume counts as bulk (a 100 mL multi-dose vial is retail). */
  bulkMinimumMillilitres: number;
  /** bulk: dosage units from which a quantity counts as bulk. */
  bulkMinimumDoseUnits: number;
}

export const DEFAULT_PRICE_SETTINGS: PriceSettings = {
  belowReferenceShare: 0.3,
  referencePrices: BUNDLED_REFERENCE_PRICES,
  usdRates: BUNDLED_USD_RATES,
  usdRateOverrides: {},
  outlierShareOfMedian: 1 / 3,
  outlierMinimumListings: 3,
  bulkMinimumGrams: 100,
  bulkMinimumMillilitres: 1000,
  bulkMinimumDoseUnits: 1000,
};
