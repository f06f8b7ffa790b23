import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../src/core/findings';
import { flagListings } from '../../../../src/core/price/flag-listings';
import type { PriceSettings } from '../../../../src/core/price/settings';
import { finding, makeListing } from '../make-listing';

const anpp = finding('4-anpp', 'precursor', { name: '4-ANPP' });
const alprazolam = finding('alprazolam', 'controlled', { name: 'Alprazolam', schedule: 'IV' });
const bulkFlags = (title: string, price: string, findings: Finding[], settings: Partial<PriceSettings> = {}) => {
  const listing = makeListing(title, price, findings);
  return (flagListings([listing], settings).get(listing) ?? []).filter((f) => f.rule === 'bulk');
};

describe('bulk', () => {
  it.each([
    ['4-ANPP CAS 19099-93-5', 'US$100.00-150.00 / kilogram', 'offered by weight (per kg)'],
    ['4-ANPP 500g', 'US$ 900', 'offered in bulk: 500 g in the title'],
    ['4-ANPP powder', 'US$ 90 / box, MOQ 1kg', 'offered in bulk: 1 kg as minimum order'],
    ['4-ANPP liquid', '$30/L', 'offered by volume (per L)'],
    ['4-ANPP solution 5 L drum', '$300', 'offered in bulk: 5 L in the title'],
  ])('flags a precursor: %s %s', (title, price, reason) => {
    const [flag] = bulkFlags(title, price, [anpp]);
    expect(flag.message).toContain(reason);
    expect(flag.message).toMatch(/price .*\d/);
  });

  it('flags ≥ 1,000 dosage units of a controlled substance', () => {
    expect(bulkFlags('Alprazolam 2mg 1000 pills', '$350', [alprazolam])[0].message).toContain('1,000 pills in the title');
    expect(bulkFlags('Alprazolam 2mg', '$250 per 1000 pills', [alprazolam])[0].message).toContain('1,000 pills per price');
  });

  it('marks analogues critical', () => {
    expect(bulkFlags('Carfentanil', '$50 / g', [finding('carfentanil', 'analogue')])[0].severity).toBe('critical');
  });

  it('stays silent for retail quantities, non-controlled drugs, other goods and listings without a price', () => {
    expect(bulkFlags('Xanax 1mg 30 tablets', '$240', [alprazolam])).toEqual([]);
    expect(bulkFlags('Alprazolam 2mg 999 pills', '$350', [alprazolam])).toEqual([]);
    expect(bulkFlags('Trenbolone 100 mL multi-dose vial', '$60', [finding('trenbolone', 'controlled')])).toEqual([]);
    expect(bulkFlags('4-ANPP reference standard 10 g', '$90', [anpp])).toEqual([]);
    expect(bulkFlags('Semaglutide powder', '$120 / g', [finding('semaglutide', 'rx')])).toEqual([]);
    expect(bulkFlags('Citric acid', 'US$ 800 / Ton', [])).toEqual([]);
    expect(bulkFlags('4-ANPP 1kg', 'Contact Supplier', [anpp])).toEqual([]);
  });

  it('follows the configured thresholds', () => {
    expect(bulkFlags('4-ANPP reference standard 10 g', '$90', [anpp], { bulkMinimumGrams: 5 })).toHaveLength(1);
    expect(bulkFlags('Xanax 1mg 30 tablets', '$240', [alprazolam], { bulkMinimumDoseUnits: 30 })).toHaveLength(1);
  });
});
