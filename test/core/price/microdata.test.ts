import { describe, expect, it } from 'vitest';
import { pricesFromMicrodata } from '../../../src/core/price/microdata';

describe('pricesFromMicrodata', () => {
  it('pairs price with priceCurrency, content before text', () => {
    const prices = pricesFromMicrodata([
      { itemprop: 'price', content: '12.99', text: '$12.99 (sale)' },
      { itemprop: 'priceCurrency', content: 'USD' },
    ]);
    expect(prices).toMatchObject([{ amount: 12.99, currency: 'USD', source: 'microdata' }]);
  });

  it('reads a written price with its sign when there is no content', () => {
    expect(pricesFromMicrodata([{ itemprop: 'price', text: '1.234,56 €' }])).toMatchObject([{ amount: 1234.56, currency: 'EUR' }]);
  });

  it('closes a range with highPrice', () => {
    const prices = pricesFromMicrodata([
      { itemprop: 'lowPrice', content: '10' }, { itemprop: 'highPrice', content: '20' }, { itemprop: 'priceCurrency', content: 'EUR' },
    ]);
    expect(prices).toMatchObject([{ amount: 10, maxAmount: 20, currency: 'EUR' }]);
  });

  it('ignores other properties and unreadable prices', () => {
    expect(pricesFromMicrodata([{ itemprop: 'name', content: 'Tape' }, { itemprop: 'price', content: 'free' }])).toEqual([]);
  });
});
