import { describe, expect, it } from 'vitest';
import { parsePrices } from '../../../src/core/price/parse-prices';

describe('parsePrices', () => {
  it('gives offsets in UTF-16 code units, end exclusive, covering sign, amounts and unit', () => {
    const text = 'Alprazolam powder 💊 US $120-150 / kg, MOQ 1kg';
    const [price] = parsePrices(text);
    expect(text.slice(price.start, price.end)).toBe('US $120-150 / kg');
    expect(price).toMatchObject({ amount: 120, maxAmount: 150, currency: 'USD', per: { value: 1, unit: 'kg' } });
    expect(price.minimumOrder).toEqual({ value: 1, unit: 'kg' });
  });

  it('finds every price in order', () => {
    const prices = parsePrices('Add to Cart $12.96 ($6.48 / Pack) or £10 or 9,99 €');
    expect(prices.map((p) => [p.amount, p.currency, p.per?.unit ?? null])).toEqual([
      [12.96, 'USD', null], [6.48, 'USD', 'pack'], [10, 'GBP', null], [9.99, 'EUR', null],
    ]);
  });

  it('reads "per 100 pills" as a price for 100 pills', () => {
    expect(parsePrices('$5 per 100 pills')[0].per).toEqual({ value: 100, unit: 'pill' });
  });

  it('skips discounts and amounts off', () => {
    expect(parsePrices('-$5.00 coupon, $40 OFF, save $3')).toEqual([]);
    expect(parsePrices('Blue widget - $19.99').map((p) => p.amount)).toEqual([19.99]);
  });

  it('does not read the number before a prefix sign as a suffix price ("Pack of 2 $12.48")', () => {
    expect(parsePrices('Pack of 2 $12.48').map((p) => p.amount)).toEqual([12.48]);
  });

  it('settles ambiguous signs by the page locale', () => {
    expect(parsePrices('$19.99', { locale: 'en-CA' })[0].currency).toBe('CAD');
    expect(parsePrices('¥58.34', { locale: 'zh-CN' })[0].currency).toBe('CNY');
    expect(parsePrices('199 kr', { locale: 'nb-NO' })[0].currency).toBe('NOK');
    expect(parsePrices('$19.99')[0].currency).toBe('USD');
    expect(parsePrices('US$19.99', { locale: 'en-CA' })[0].currency).toBe('USD');
  });

  it('a trailing code settles a "$" ("$5 CAD")', () => {
    expect(parsePrices('$5 CAD')[0].currency).toBe('CAD');
  });

  it('marks a labelled price as more confident than a bare one', () => {
    const [labelled] = parsePrices('Price: $12.48');
    const [bare] = parsePrices('Under $10');
    expect(labelled.confidence).toBeGreaterThan(bare.confidence);
  });

  it('finds the unit when inline elements joined it to the next word ("/ gMin. Order")', () => {
    expect(parsePrices('US$ 50 / gMin. Order: 1 g')[0].per).toEqual({ value: 1, unit: 'g' });
    expect(parsePrices('US$ 50 / grapes')[0].per).toBeUndefined();
  });

  it('reads no price from numbers without a currency, CAS numbers or exponents', () => {
    expect(parsePrices('CAS 19099-93-5, 99% purity, 25 kg drum, $1e308')).toEqual([]);
  });
});
