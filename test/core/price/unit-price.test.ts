import { describe, expect, it } from 'vitest';
import { parsePrices } from '../../../src/core/price/parse-prices';
import { parseQuantity } from '../../../src/core/price/quantity';
import { unitPriceOf } from '../../../src/core/price/unit-price';
import { toUsd } from '../../../src/core/price/usd-rates';

const unitPrice = (price: string, title = '') =>
  unitPriceOf(parsePrices(price)[0], parseQuantity(title), (amount, currency) => toUsd(amount, currency));

describe('unitPriceOf', () => {
  it('uses the price\'s own unit, in grams and millilitres for bulk', () => {
    expect(unitPrice('$100 / kg')).toMatchObject({ amount: 0.1, unit: 'g', kind: 'mass', assumed: false });
    expect(unitPrice('$5 / L')).toMatchObject({ amount: 0.005, unit: 'ml', kind: 'volume' });
    expect(unitPrice('$12 / pen')).toMatchObject({ amount: 12, unit: 'pen', kind: 'dose' });
    expect(unitPrice('$5 per 100 pills')).toMatchObject({ amount: 0.05, unit: 'pill' });
  });

  it('divides by the title quantity, also through a per-package price', () => {
    expect(unitPrice('$180', 'Xanax 2mg 100 tablets')).toMatchObject({ amount: 1.8, unit: 'tablet' });
    expect(unitPrice('$50 / box', 'Alprazolam 100 tablets')).toMatchObject({ amount: 0.5, unit: 'tablet' });
    expect(unitPrice('$900', '4-ANPP 500g')).toMatchObject({ amount: 1.8, unit: 'g' });
  });

  it('assumes one item when nothing says how much, and converts to USD', () => {
    expect(unitPrice('€45', 'Ozempic pen')).toMatchObject({ amount: 45, currency: 'EUR', unit: 'piece', assumed: true });
    expect(unitPrice('€45', 'Ozempic pen').usd).toBeCloseTo(45 * 1.0411, 3);
  });
});
