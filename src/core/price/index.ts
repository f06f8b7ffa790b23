/** Price parsing and suspicious-price rules: the public surface of `src/core/price`. */
export type { ParsedPrice, PricedListing, PriceSource, Quantity, TitleQuantity } from './types';
export { parsePrices, type ParsePricesOptions } from './parse-prices';
export { parseQuantity } from './quantity';
export { findMinimumOrder } from './minimum-order';
export { findHiddenPricePhrase, hasHiddenPrice } from './hidden-price';
export { pricesFromJsonLd } from './json-ld';
export { pricesFromMicrodata, type MicrodataProperty } from './microdata';
export { pricesFromMeta, type MetaTag } from './meta';
export { pickListingPrice } from './pick-listing-price';
export { toUsd, BUNDLED_USD_RATES, type UsdRateTable } from './usd-rates';
export { findReferencePrice, BUNDLED_REFERENCE_PRICES, type ReferencePrice } from './reference-prices';
export { DEFAULT_PRICE_SETTINGS, type PriceSettings } from './settings';
export { flagListings } from './flag-listings';
export { PRICE_RULES } from './rules/index';
export { collectStructuredPriceData, pricesFromStructuredData, type StructuredPriceData } from './structured-data';
