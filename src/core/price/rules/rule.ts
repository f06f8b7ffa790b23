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
  /**
   * `listing`: a listing's flags depend on that listing alone, so they are worked out once per listing (and
   * settings); `page`: the rule compares the listings of the page.
   */
  scope: 'listing' | 'page';
  /** Flags over all listings of one page (rules that compare listings need the whole page). */
  check(page: readonly ListingFacts[], settings: PriceSettings): RaisedFlag[];
}
