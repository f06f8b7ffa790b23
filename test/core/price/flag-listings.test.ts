import { describe, expect, it } from 'vitest';
import { flagListings } from '../../../src/core/price/flag-listings';
import { DEFAULT_PRICE_SETTINGS } from '../../../src/core/price/settings';
import { finding, makeListing } from './make-listing';

describe('flagListings', () => {
  it('gives every listing an entry, empty when nothing is flagged', () => {
    const quiet = makeListing('Duct tape', '$12.48', []);
    const loud = makeListing('Carfentanil', 'US$ 50 / g', [finding('carfentanil', 'analogue', { name: 'Carfentanil' })]);
    const flags = flagListings([quiet, loud]);
    expect(flags.size).toBe(2);
    expect(flags.get(quiet)).toEqual([]);
    expect(flags.get(loud)?.map((f) => f.rule)).toEqual(['offered', 'bulk']);
  });

  it('reads a whole text document as one listing (the CLI case)', () => {
    const text = 'Wholesale research chemicals.\nOzempic 1mg pen, $15 / pen, discreet shipping worldwide.';
    const document = { text, findings: [finding('semaglutide', 'rx')], prices: [] as never[] };
    expect(flagListings([document]).get(document)).toEqual([]);
    const parsed = makeListing(text, '', [finding('semaglutide', 'rx')]);
    expect(flagListings([parsed]).get(parsed)?.map((f) => f.rule)).toEqual(['below-reference']);
  });

  it('merges partial settings over the defaults without changing them', () => {
    const listing = makeListing('Ozempic 1mg pen', '$899', [finding('semaglutide', 'rx')]);
    expect(flagListings([listing], { belowReferenceShare: 0.95 }).get(listing)).toHaveLength(1);
    expect(DEFAULT_PRICE_SETTINGS.belowReferenceShare).toBe(0.3);
    expect(flagListings([listing]).get(listing)).toEqual([]);
  });

  it("keeps a listing's own flags while the listing and the settings object stay, and works them out again otherwise", () => {
    const settings = { belowReferenceShare: 0.95 };
    const listing = makeListing('Ozempic 1mg pen', '$899', [finding('semaglutide', 'rx')]);
    const first = flagListings([listing], settings).get(listing)!;
    // Another listing joins the page: this one's flag is the same object, not made again.
    const other = makeListing('Carfentanil', 'US$ 50 / g', [finding('carfentanil', 'analogue', { name: 'Carfentanil' })]);
    expect(flagListings([listing, other], settings).get(listing)![0]).toBe(first[0]);
    // New settings (a new object) are applied: the share is no longer below the threshold.
    expect(flagListings([listing, other], { belowReferenceShare: 0.5 }).get(listing)).toEqual([]);
  });

  it('handles an empty page', () => {
    expect(flagListings([]).size).toBe(0);
  });
});
