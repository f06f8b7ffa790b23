/** What the price rules need to know about one listing, worked out once per listing. */
import type { Finding } from '../findings';
import { findHiddenPricePhrase } from './hidden-price';
import { findMinimumOrder } from './minimum-order';
import { pickListingPrice } from './pick-listing-price';
import { parseQuantity } from './quantity';
import type { PriceSettings } from './settings';
import type { ParsedPrice, PricedListing, Quantity, TitleQuantity } from './types';
import { unitPriceOf, type UnitPrice } from './unit-price';
import { toUsd } from './usd-rates';

export interface ListingFacts {
  listing: PricedListing;
  /** The main price, or null when the listing has no plausible price. */
  price: ParsedPrice | null;
  quantity: TitleQuantity | null;
  /** The price's own minimum order, else the first stated in the listing text. */
  minimumOrder: Quantity | null;
  /** The phrase standing where a price should be ("Contact Supplier"), or null. */
  hiddenPricePhrase: string | null;
  unitPrice: UnitPrice | null;
  /** Findings of a drug or precursor (categories controlled, analogue, precursor, rx). */
  drugFindings: readonly Finding[];
}

const DRUG_CATEGORIES: ReadonlySet<Finding['category']> = new Set(['controlled', 'analogue', 'precursor', 'rx']);

/**
 * Facts already worked out, by listing object: a page's listings are all assessed again whenever one changes, and a
 * caller makes a new `PricedListing` when anything in it changes.
 */
const known = new WeakMap<PricedListing, { settings: Pick<PriceSettings, 'usdRates' | 'usdRateOverrides'>; facts: ListingFacts }>();

/** The facts of one listing under the given settings. Never throws on odd text. */
export function listingFactsOf(listing: PricedListing, settings: PriceSettings): ListingFacts {
  const last = known.get(listing);
  if (last && last.settings.usdRates === settings.usdRates && last.settings.usdRateOverrides === settings.usdRateOverrides) {
    return last.facts;
  }
  const facts = workOutFacts(listing, settings);
  known.set(listing, { settings: { usdRates: settings.usdRates, usdRateOverrides: settings.usdRateOverrides }, facts });
  return facts;
}

function workOutFacts(listing: PricedListing, settings: PriceSettings): ListingFacts {
  const price = pickListingPrice(listing.prices);
  const quantity = parseQuantity(listing.title ?? listing.text.slice(0, 300));
  const convert = (amount: number, currency: string | null) =>
    toUsd(amount, currency, settings.usdRates, settings.usdRateOverrides);
  return {
    listing,
    price,
    quantity,
    minimumOrder: price?.minimumOrder ?? findMinimumOrder(listing.text),
    hiddenPricePhrase: findHiddenPricePhrase(listing.text) ?? (listing.title ? findHiddenPricePhrase(listing.title) : null),
    unitPrice: price ? unitPriceOf(price, quantity, convert) : null,
    drugFindings: listing.findings.filter((f) => DRUG_CATEGORIES.has(f.category)),
  };
}
