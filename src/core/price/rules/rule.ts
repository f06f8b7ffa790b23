/** The shape every price rule has; rules are registered once in `index.ts`. */
import type { PriceFlag } from '../../findings';
import type { ListingFacts } from '../listing-facts';
import type { PriceSettings } from '../settings';

export interface RaisedFlag {
  listing: ListingFacts;
  flag: PriceFlag;
}

export interface PriceRule {
  id: PriceFlag['rule'];
  /** One sentence for the options page and the docs. */
  summary: string;
  /** Flags over all listings of one page (rules that compare listings need the whole page). */
  check(page: readonly ListingFacts[], settings: PriceSettings): RaisedFlag[];
}
