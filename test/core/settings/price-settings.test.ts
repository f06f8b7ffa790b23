import { describe, expect, it } from 'vitest';
import { findReferencePrice } from '../../../src/core/price/reference-prices';
import { DEFAULT_PRICE_SETTINGS } from '../../../src/core/price/settings';
import { priceSettingsFrom } from '../../../src/core/settings';

describe('priceSettingsFrom', () => {
  const ozempic = DEFAULT_PRICE_SETTINGS.referencePrices.find((r) => r.brand === 'Ozempic')!;

  it('keeps the defaults when nothing is overridden', () => {
    const settings = priceSettingsFrom({ belowReferenceShare: 0.3, referencePrices: [], usdRateOverrides: {} });
    expect(settings.referencePrices).toEqual(DEFAULT_PRICE_SETTINGS.referencePrices);
    expect(settings.usdRates).toBe(DEFAULT_PRICE_SETTINGS.usdRates);
  });

  it('applies the share, the rate overrides and replaces a bundled row by brand and ingredient', () => {
    const mine = { ...ozempic, brand: 'OZEMPIC', pricePerUnit: 500, source: 'my pharmacy', checked: true };
    const extra = { ...ozempic, brand: 'Semaglo', pricePerUnit: 100 };
    const settings = priceSettingsFrom({ belowReferenceShare: 0.5, referencePrices: [mine, extra], usdRateOverrides: { EUR: 0.9 } });
    expect(settings.belowReferenceShare).toBe(0.5);
    expect(settings.usdRateOverrides).toEqual({ EUR: 0.9 });
    expect(settings.referencePrices).toHaveLength(DEFAULT_PRICE_SETTINGS.referencePrices.length + 1);
    expect(findReferencePrice('semaglutide', 'Ozempic 1mg pen', settings.referencePrices)?.pricePerUnit).toBe(500);
    expect(findReferencePrice('semaglutide', 'Semaglo pen', settings.referencePrices)?.pricePerUnit).toBe(100);
  });
});
