import { describe, expect, it } from 'vitest';
import { parsePrices } from '../../../src/core/price/parse-prices';
import { pickListingPrice } from '../../../src/core/price/pick-listing-price';
import type { ParsedPrice } from '../../../src/core/price/types';

const structured = (source: ParsedPrice['source'], amount: number, currency: string | null = 'USD'): ParsedPrice => ({
  amount, currency, raw: String(amount), source, confidence: 0.9,
});

describe('pickListingPrice', () => {
  it('prefers JSON-LD over microdata over meta over text', () => {
    const text = parsePrices('Price: $5');
    expect(pickListingPrice([...text, structured('meta', 3), structured('microdata', 2), structured('json-ld', 1)])?.amount).toBe(1);
    expect(pickListingPrice([...text, structured('meta', 3), structured('microdata', 2)])?.amount).toBe(2);
    expect(pickListingPrice([...text, structured('meta', 3)])?.amount).toBe(3);
    expect(pickListingPrice(text)?.amount).toBe(5);
  });

  it('prefers a structured price with a currency', () => {
    expect(pickListingPrice([structured('json-ld', 1, null), structured('json-ld', 2)])?.amount).toBe(2);
  });

  it('among text prices takes a labelled one, else the most repeated, else the first', () => {
    expect(pickListingPrice(parsePrices('Under $10 … Price: $12.48 … $3.19'))?.amount).toBe(12.48);
    expect(pickListingPrice(parsePrices('$3.19 $12.48 $7 $12.48'))?.amount).toBe(12.48);
    expect(pickListingPrice(parsePrices('$3.19 $12.48'))?.amount).toBe(3.19);
  });

  it('does not take a shipping fee for the price', () => {
    expect(pickListingPrice(parsePrices('37500 EUR\nShipping methods: Priority ― 7 day ― 0.1 EUR  Letter ― 10 day ― 0.1 EUR'))?.amount).toBe(37500);
  });

  it('never picks zero, negative, non-finite or implausible amounts', () => {
    expect(pickListingPrice([structured('json-ld', 0), structured('json-ld', -1), structured('json-ld', Infinity)])).toBeNull();
    expect(pickListingPrice(parsePrices('$99,999,999,999,999'))).toBeNull();
    expect(pickListingPrice([])).toBeNull();
  });
});
