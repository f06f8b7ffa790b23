import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeMoney, describeQuantity } from '../../../src/core/price/describe-price';

const intl = (amount: number, digits: number) =>
  new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(amount);

describe('describeMoney', () => {
  it('writes whole amounts and cents as Intl.NumberFormat en-US does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.boolean(), (units, cents) => {
        const amount = cents ? units / 100 : units;
        const digits = Number.isInteger(amount) ? 0 : amount >= 0.1 ? 2 : 4;
        expect(describeMoney(amount, null)).toBe(intl(amount, digits));
      }),
      { numRuns: 2000 },
    );
  });

  it('puts the currency symbol or code on the right side', () => {
    expect(describeMoney(1200.5, 'USD')).toBe('$1,200.50');
    expect(describeMoney(998, 'PLN')).toBe('998 PLN');
    expect(describeMoney(0.0123, 'EUR')).toBe('€0.0123');
  });
});

describe('describeQuantity', () => {
  it('writes up to three decimals, trailing zeros dropped, as Intl.NumberFormat en-US does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.constantFrom(1, 10, 100, 1000), (units, scale) => {
        const value = units / scale;
        expect(describeQuantity({ value, unit: 'kg' })).toBe(`${value.toLocaleString('en-US', { maximumFractionDigits: 3 })} kg`);
      }),
      { numRuns: 2000 },
    );
    expect(describeQuantity({ value: 10000, unit: 'tablet' })).toBe('10,000 tablets');
  });
});
