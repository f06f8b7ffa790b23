/** Listings and findings built by hand for rule tests, so they do not move when the lexicon changes. */
import type { Finding } from '../../../src/core/findings';
import { parsePrices } from '../../../src/core/price/parse-prices';
import type { PricedListing } from '../../../src/core/price/types';

/** A finding for `termId` as the detection engine would report it, matched at the start of the listing. */
export function finding(termId: string, category: Finding['category'], extra: Partial<Finding> = {}): Finding {
  return {
    category,
    termId,
    name: termId.replace(/^./, (c) => c.toUpperCase()),
    matched: termId,
    start: 0,
    end: termId.length,
    severity: category === 'rx' ? 'low' : 'high',
    reasons: ['built by hand for a price test'],
    ...extra,
  };
}

/** A listing whose prices are parsed from its title and `priceText`, as the content script would. */
export function makeListing(title: string, priceText: string, findings: Finding[]): PricedListing {
  const text = priceText ? `${title}\n${priceText}` : title;
  return { title, text, findings, prices: parsePrices(text) };
}
