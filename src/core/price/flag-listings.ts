/** The price rules' entry point: all listings of one page in, flags per listing out. */
import type { PriceFlag } from '../findings';
import { listingFactsOf } from './listing-facts';
import { PRICE_RULES } from './rules/index';
import { DEFAULT_PRICE_SETTINGS, type PriceSettings } from './settings';
import type { PricedListing } from './types';

/**
 * Runs every price rule over the listings of one page (call it once per page with all listings; for a plain text
 * document the whole text is one listing). Every listing gets an entry, empty when nothing is flagged. A flag other
 * than hidden-price is only ever raised on a listing with a parsed price. Never throws on odd text.
 *
 * @example
 * const flags = flagListings([{ title: 'Ozempic 1mg pen', text: 'Ozempic 1mg pen $12 / pen', findings, prices: parsePrices(text) }]);
 * // flags.get(listing) → [{ rule: 'below-reference', severity: 'high', message: 'Ozempic: $12 per pen; reference $997.58 per pen (…); 1.2 % …' }]
 */
export function flagListings(
  listings: readonly PricedListing[],
  settings: Partial<PriceSettings> = {},
): Map<PricedListing, PriceFlag[]> {
  const merged: PriceSettings = { ...DEFAULT_PRICE_SETTINGS, ...settings };
  const page = listings.map((listing) => listingFactsOf(listing, merged));
  const flags = new Map<PricedListing, PriceFlag[]>(listings.map((listing) => [listing, []]));
  for (const rule of PRICE_RULES) {
    for (const { listing, flag } of rule.check(page, merged)) {
      if (!listing.price && flag.rule !== 'hidden-price') continue;
      flags.get(listing.listing)?.push(flag);
    }
  }
  return flags;
}
