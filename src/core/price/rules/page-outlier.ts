/** The same drug in several listings on a page, one priced far below the others. */
import { describeMoney, describeShare, describeUnit } from '../describe-price';
import type { ListingFacts } from '../listing-facts';
import type { PriceRule, RaisedFlag } from './rule';

export const pageOutlier: PriceRule = {
  id: 'page-outlier',
  summary: 'The same drug in at least three listings on the page, one priced below a third of their median unit price.',
  scope: 'page',
  check(page, settings) {
    const groups = new Map<string, { name: string; listings: ListingFacts[] }>();
    for (const facts of page) {
      const unitPrice = facts.unitPrice;
      if (!facts.price || !unitPrice || unitPrice.usd === null || !(unitPrice.usd > 0)) continue;
      const seen = new Set<string>();
      for (const finding of facts.drugFindings) {
        // Compare like with like: per gram with per gram, per dosage unit with per dosage unit.
        // A price whose quantity is unknown is a price per item, comparable only with other such prices.
        const basis = unitPrice.assumed ? 'item' : unitPrice.kind === 'dose' ? 'dosage unit' : describeUnit(unitPrice.unit);
        const key = `${finding.termId}|${basis}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const group = groups.get(key) ?? { name: finding.name, listings: [] };
        group.listings.push(facts);
        groups.set(key, group);
      }
    }
    const raised: RaisedFlag[] = [];
    const flagged = new Set<ListingFacts>();
    for (const [key, group] of groups) {
      if (group.listings.length < settings.outlierMinimumListings) continue;
      const median = medianOf(group.listings.map((f) => f.unitPrice?.usd ?? 0));
      const unit = key.slice(key.lastIndexOf('|') + 1);
      for (const facts of group.listings) {
        const usd = facts.unitPrice?.usd ?? 0;
        const share = usd / median;
        if (share >= settings.outlierShareOfMedian || flagged.has(facts)) continue;
        flagged.add(facts);
        raised.push({
          listing: facts,
          flag: {
            rule: 'page-outlier',
            severity: 'medium',
            message:
              `${group.name}: ${describeMoney(usd, 'USD')} per ${unit} against a median of ${describeMoney(median, 'USD')} per ${unit} ` +
              `across ${group.listings.length} listings on this page; ${describeShare(share)} of the median ` +
              `(threshold ${describeShare(settings.outlierShareOfMedian)})`,
          },
        });
      }
    }
    return raised;
  },
};

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
