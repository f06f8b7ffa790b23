/** A drug or precursor listing that hides its price ("contact supplier", "price on request"). */
import type { PriceRule, RaisedFlag } from './rule';

export const hiddenPrice: PriceRule = {
  id: 'hidden-price',
  summary: 'No price, only "contact supplier", "price on request" or the like, on a listing with a drug or precursor finding.',
  scope: 'listing',
  check(page) {
    const raised: RaisedFlag[] = [];
    for (const facts of page) {
      if (facts.price || !facts.hiddenPricePhrase || facts.drugFindings.length === 0) continue;
      const finding = facts.drugFindings[0];
      raised.push({
        listing: facts,
        flag: {
          rule: 'hidden-price',
          severity: finding.category === 'rx' ? 'low' : 'medium',
          message: `${finding.name} (${finding.category}) listed without a price: "${facts.hiddenPricePhrase}" stands where the price should be`,
        },
      });
    }
    return raised;
  },
};
