import { describe, expect, it } from 'vitest';
import { flagListings } from '../../../../src/core/price/flag-listings';
import type { PriceSettings } from '../../../../src/core/price/settings';
import { finding, makeListing } from '../make-listing';

const semaglutide = finding('semaglutide', 'rx', { name: 'Semaglutide' });
const rules = (title: string, price: string, settings: Partial<PriceSettings> = {}) => {
  const listing = makeListing(title, price, [semaglutide]);
  return (flagListings([listing], settings).get(listing) ?? []).filter((f) => f.rule === 'below-reference');
};

describe('below-reference', () => {
  it('flags a branded pen far below its reference, with the numbers', () => {
    const [flag] = rules('Ozempic 1mg pen', '$12 / pen');
    expect(flag.severity).toBe('high');
    expect(flag.message).toContain('$12 per pen');
    expect(flag.message).toContain('reference $997.58 per pen');
    expect(flag.message).toContain('Novo Nordisk');
    expect(flag.message).toContain('1.2 %');
  });

  it('divides by the title quantity ("Wegovy 4 pens $200" is $50 per pen)', () => {
    expect(rules('Wegovy 2.4mg 4 pens', '$200')[0].message).toContain('$50 per pen');
  });

  it('converts other currencies to USD and honours rate overrides', () => {
    expect(rules('Ozempic 1mg pen', '11,00 € / pen')[0].message).toMatch(/€11 \(≈ \$11\.\d\d\) per pen/);
    expect(rules('Ozempic 1mg pen', '11,00 € / pen', { usdRateOverrides: { EUR: 0.011 } })).toEqual([]);
  });

  it('stays silent at a plausible price, on generics, by weight, and without a price', () => {
    expect(rules('Ozempic 1mg pen', '$899.00')).toEqual([]);
    expect(rules('Semaglutide 5mg vial (compounded)', '$45 / vial')).toEqual([]);
    expect(rules('Ozempic raw powder', '$12 / g')).toEqual([]);
    expect(rules('Ozempic 1mg pen', 'Contact supplier')).toEqual([]);
  });

  it('follows the configured share and reference table', () => {
    expect(rules('Ozempic 1mg pen', '$899.00', { belowReferenceShare: 0.95 })).toHaveLength(1);
    expect(rules('Ozempic 1mg pen', '$12 / pen', { belowReferenceShare: 0.01 })).toEqual([]);
    const table = [{ brand: 'Ozempic', termId: 'semaglutide', unit: 'pen' as const, pricePerUnit: 20, currency: 'USD', source: 'test table', date: '2026-01-01', checked: true }];
    expect(rules('Ozempic 1mg pen', '$12 / pen', { referencePrices: table })).toEqual([]);
    expect(rules('Ozempic 1mg pen', '$5 / pen', { referencePrices: table })[0].message).toContain('test table, 2026-01-01)');
  });
});
