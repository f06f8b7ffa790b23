import { describe, expect, it } from 'vitest';
import { flagListings } from '../../../../src/core/price/flag-listings';
import type { PriceSettings } from '../../../../src/core/price/settings';
import { finding, makeListing } from '../make-listing';

const alprazolam = finding('alprazolam', 'controlled', { name: 'Alprazolam', schedule: 'IV' });
const page = (titlesAndPrices: [string, string][], settings: Partial<PriceSettings> = {}) => {
  const listings = titlesAndPrices.map(([title, price]) => makeListing(title, price, [alprazolam]));
  const flags = flagListings(listings, settings);
  return listings.map((l) => (flags.get(l) ?? []).filter((f) => f.rule === 'page-outlier'));
};

describe('page-outlier', () => {
  it('flags the listing below a third of the median unit price of the same drug, with the numbers', () => {
    const flags = page([
      ['Alprazolam 1mg 30 tablets', '$60'],
      ['Alprazolam 1mg 60 tablets', '$108'],
      ['Alprazolam 1mg 30 tablets', '$54'],
      ['Alprazolam 1mg 100 tablets', '$40'],
    ]);
    expect(flags.map((f) => f.length)).toEqual([0, 0, 0, 1]);
    expect(flags[3][0].message).toBe(
      'Alprazolam: $0.40 per dosage unit against a median of $1.80 per dosage unit across 4 listings on this page; 22 % of the median (threshold 33 %)',
    );
  });

  it('needs three priced listings, compares like with like, and ignores moderate differences', () => {
    expect(page([['Alprazolam 30 tablets', '$60'], ['Alprazolam 100 tablets', '$10']]).flat()).toEqual([]);
    expect(page([['Alprazolam 30 tablets', '$60'], ['Alprazolam 30 tablets', '$55'], ['Alprazolam 1kg', '$10']]).flat()).toEqual([]);
    expect(page([['Alprazolam 30 tablets', '$60'], ['Alprazolam 30 tablets', '$55'], ['Alprazolam 30 tablets', '$25']]).flat()).toEqual([]);
  });

  it('follows the configured minimum count and share', () => {
    expect(page([['Alprazolam 30 tablets', '$60'], ['Alprazolam 100 tablets', '$10']], { outlierMinimumListings: 2 }).flat()).toHaveLength(1);
    expect(page([['Alprazolam 30 tablets', '$60'], ['Alprazolam 30 tablets', '$55'], ['Alprazolam 30 tablets', '$25']], { outlierShareOfMedian: 0.5 }).flat()).toHaveLength(1);
  });
});
