import { describe, expect, it } from 'vitest';
import { pricesFromMeta } from '../../../src/core/price/meta';

describe('pricesFromMeta', () => {
  it('pairs product:price:amount with product:price:currency, in any number format', () => {
    expect(pricesFromMeta([
      { property: 'product:price:amount', content: '48,00' },
      { property: 'product:price:currency', content: 'USD' },
      { property: 'og:title', content: 'Doormat' },
    ])).toMatchObject([{ amount: 48, currency: 'USD', source: 'meta' }]);
  });

  it('reads og:price too, and keeps a price without currency at low confidence', () => {
    const [price] = pricesFromMeta([{ property: 'og:price:amount', content: '329.99' }]);
    expect(price).toMatchObject({ amount: 329.99, currency: null });
    expect(price.confidence).toBeLessThan(0.5);
  });

  it('ignores empty and unreadable amounts', () => {
    expect(pricesFromMeta([{ property: 'product:price:amount', content: null }, { property: 'og:price:amount', content: 'n/a' }])).toEqual([]);
  });
});
