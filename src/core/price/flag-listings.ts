/** The price rules' entry point: all listings of one page in, flags per listing out. */
import type { PriceFlag } from '../findings';
import { listingFactsOf, type ListingFacts } from './listing-facts';
import { PRICE_RULES, type PriceRule, type RaisedFlag } from './rules/index';
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
    const raised = rule.scope === 'listing' ? page.flatMap((facts) => flagsOfListing(rule, facts, settings, merged)) : rule.check(page, merged);
    for (const { listing, flag } of raised) {
      if (!listing.price && flag.rule !== 'hidden-price') continue;
      flags.get(listing.listing)?.push(flag);
    }
  }
  return flags;
}

/**
 * The flags a listing-scope rule raised on one listing, kept with its facts (which stay the same object while the
 * listing does) for the settings object they were worked out under: a page is flagged again whenever one listing
 * changes, and the others' flags need no new work.
 */
const raisedByListing = new WeakMap<ListingFacts, { settings: Partial<PriceSettings>; byRule: Map<PriceRule, RaisedFlag[]> }>();

function flagsOfListing(rule: PriceRule, facts: ListingFacts, settings: Partial<PriceSettings>, merged: PriceSettings): RaisedFlag[] {
  let known = raisedByListing.get(facts);
  if (known?.settings !== settings) raisedByListing.set(facts, (known = { settings, byRule: new Map() }));
  let raised = known.byRule.get(rule);
  if (!raised) known.byRule.set(rule, (raised = rule.check([facts], merged)));
  return raised;
}
