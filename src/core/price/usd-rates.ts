/** Conversion to US dollars through a bundled, dated rate table that the user can override per currency. */
import bundled from './data/usd-rates.json';

/** Units of each currency per one US dollar, with the date and source of the figures. */
export interface UsdRateTable {
  date: string;
  source: string;
  perUsd: Readonly<Record<string, number>>;
}

function bundledTable(): UsdRateTable {
  const perUsd: Record<string, number> = { ...bundled.perUsd };
  for (const [code, other] of Object.entries(bundled.otherSources)) perUsd[code] = other.perUsd;
  return { date: bundled.date, source: bundled.source, perUsd };
}

/** The table shipped with RxLens: ECB euro reference rates of 2025-02-28 cross-computed to USD, plus named extras. */
export const BUNDLED_USD_RATES: UsdRateTable = bundledTable();

/**
 * `amount` in US dollars, or null when the currency is unknown to the table or the result is not a finite number.
 * `overrides` (units per USD, e.g. `{ EUR: 0.92 }`) win over the table.
 *
 * @example toUsd(100, 'EUR') // ≈ 104.11 with the bundled table
 */
export function toUsd(
  amount: number,
  currency: string | null,
  table: UsdRateTable = BUNDLED_USD_RATES,
  overrides: Readonly<Record<string, number>> = {},
): number | null {
  if (!currency || !Number.isFinite(amount)) return null;
  const rate = overrides[currency] ?? table.perUsd[currency];
  if (!rate || !Number.isFinite(rate) || rate <= 0) return null;
  const usd = amount / rate;
  return Number.isFinite(usd) ? usd : null;
}
