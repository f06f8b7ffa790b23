import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../src/core/findings';
import { flagListings } from '../../../../src/core/price/flag-listings';
import { finding, makeListing } from '../make-listing';

const offered = (title: string, price: string, findings: Finding[]) => {
  const listing = makeListing(title, price, findings);
  return (flagListings([listing]).get(listing) ?? []).filter((f) => f.rule === 'offered');
};

describe('offered', () => {
  it.each([
    ['a Schedule I substance', finding('mdma', 'controlled', { name: 'MDMA', schedule: 'I' }), 'MDMA (Schedule I)'],
    ['an analogue', finding('isotonitazene', 'analogue', { name: 'Isotonitazene' }), 'Isotonitazene (analogue)'],
    ['a family match', finding('family-fentanyl', 'controlled', { name: 'Fentanyl-related substance' }), 'Fentanyl-related substance (member of fentanyl family)'],
    ['a pinned fentanyl analogue of another schedule', finding('carfentanil', 'controlled', { name: 'Carfentanil', schedule: 'II' }), 'Carfentanil (fentanyl analogue)'],
  ])('flags any price on %s', (_, found, reason) => {
    const [flag] = offered('Crystal 1g', '€40,00', [found]);
    expect(flag.severity).toBe('critical');
    expect(flag.message).toBe(`${reason} offered for sale at €40`);
  });

  it('stays silent without a price and for Schedule II–V or Rx drugs', () => {
    expect(offered('MDMA reagent test kit', 'Out of stock', [finding('mdma', 'controlled', { schedule: 'I' })])).toEqual([]);
    expect(offered('Oxycodone 10mg', '$20', [finding('oxycodone', 'controlled', { schedule: 'II' })])).toEqual([]);
    expect(offered('Viagra', '$20', [finding('sildenafil', 'rx')])).toEqual([]);
  });
});
