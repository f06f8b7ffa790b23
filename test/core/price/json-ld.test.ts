import { describe, expect, it } from 'vitest';
import { pricesFromJsonLd } from '../../../src/core/price/json-ld';

const summary = (texts: string[]) =>
  pricesFromJsonLd(texts).map((p) => ({ amount: p.amount, max: p.maxAmount ?? null, currency: p.currency, per: p.per?.unit ?? null }));

describe('pricesFromJsonLd', () => {
  it('reads a Product with one Offer', () => {
    expect(summary(['{"@type":"Product","offers":{"@type":"Offer","price":"12.50","priceCurrency":"USD"}}'])).toEqual([
      { amount: 12.5, max: null, currency: 'USD', per: null },
    ]);
  });

  it('reads an AggregateOffer range and not its nested offers again', () => {
    const json = JSON.stringify({
      '@type': 'Product',
      offers: { '@type': 'AggregateOffer', lowPrice: '43.90', highPrice: 60, priceCurrency: 'EUR', offers: [{ '@type': 'Offer', price: 50, priceCurrency: 'EUR' }] },
    });
    expect(summary([json])).toEqual([{ amount: 43.9, max: 60, currency: 'EUR', per: null }]);
  });

  it('reads @graph, top-level arrays, offer arrays and schema.org URLs as types', () => {
    const graph = JSON.stringify({ '@graph': [{ '@type': 'WebPage' }, { '@type': 'Product', offers: [{ '@type': 'http://schema.org/Offer', price: 5, priceCurrency: 'GBP' }, { '@type': 'Offer', price: 7, priceCurrency: 'GBP' }] }] });
    const array = JSON.stringify([{ '@type': ['Product', 'Drug'], offers: { '@type': 'Offer', price: '1,299.00', priceCurrency: 'usd' } }]);
    expect(summary([graph, array]).map((p) => [p.amount, p.currency])).toEqual([[5, 'GBP'], [7, 'GBP'], [1299, 'USD']]);
  });

  it('reads priceSpecification with a unit and eligibleQuantity as minimum order', () => {
    const json = JSON.stringify({
      '@type': 'Offer',
      priceSpecification: { '@type': 'UnitPriceSpecification', price: 120, priceCurrency: 'USD', referenceQuantity: { value: 1, unitCode: 'KGM' } },
      eligibleQuantity: { minValue: 25, unitCode: 'KGM' },
    });
    const [price] = pricesFromJsonLd([json]);
    expect(price).toMatchObject({ amount: 120, currency: 'USD', per: { value: 1, unit: 'kg' }, minimumOrder: { value: 25, unit: 'kg' }, source: 'json-ld' });
  });

  it('skips malformed JSON, non-objects and offers without a price, without throwing', () => {
    expect(pricesFromJsonLd(['{not json', '', 'null', '42', '"x"', '{"@type":"Offer","price":"call us"}', '{"@type":"Offer","price":-5}'])).toEqual([]);
  });

  it('survives deep nesting', () => {
    const depth = 100_000;
    const nested = `${'{"child":'.repeat(depth)}{"@type":"Offer","price":1}${'}'.repeat(depth)}`;
    expect(() => pricesFromJsonLd([nested, '['.repeat(depth)])).not.toThrow();
  });
});
