import { describe, expect, it } from 'vitest';
import { BUNDLED_USD_RATES, toUsd } from '../../../src/core/price/usd-rates';

describe('USD conversion', () => {
  it('names its date and source', () => {
    expect(BUNDLED_USD_RATES.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(BUNDLED_USD_RATES.source).toMatch(/ECB/);
  });

  it('cross-computes from the ECB euro rates (1 EUR = 1.0411 USD on 2025-02-28)', () => {
    expect(toUsd(100, 'EUR')).toBeCloseTo(104.11, 2);
    expect(toUsd(100, 'USD')).toBe(100);
    expect(toUsd(90.971, 'INR')).toBeCloseTo(1.0411, 3);
  });

  it('covers pegged and other currencies from named sources', () => {
    expect(toUsd(3.6725, 'AED')).toBeCloseTo(1, 6);
    expect(toUsd(100, 'RUB')).toBeGreaterThan(0);
  });

  it('lets the user override a rate', () => {
    expect(toUsd(100, 'EUR', BUNDLED_USD_RATES, { EUR: 0.5 })).toBe(200);
  });

  it('is null for unknown currencies, no currency, and non-finite results', () => {
    expect(toUsd(1, 'XXX')).toBeNull();
    expect(toUsd(1, null)).toBeNull();
    expect(toUsd(Infinity, 'USD')).toBeNull();
    expect(toUsd(1e308, 'EUR', BUNDLED_USD_RATES, { EUR: 1e-10 })).toBeNull();
    expect(toUsd(1, 'EUR', BUNDLED_USD_RATES, { EUR: 0 })).toBeNull();
  });
});
