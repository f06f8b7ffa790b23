import { describe, expect, it } from 'vitest';
import { findMinimumOrder } from '../../../src/core/price/minimum-order';

describe('findMinimumOrder', () => {
  it.each([
    ['Min. order: 1 kilogram', { value: 1, unit: 'kg' }],
    ['MOQ 1kg', { value: 1, unit: 'kg' }],
    ['MOQ: 500', { value: 500, unit: 'piece' }],
    ['1 Kilogram (Min. Order)', { value: 1, unit: 'kg' }],
    ['10000 pieces (Min. Order)', { value: 10000, unit: 'piece' }],
    ['Minimum order quantity: 25 kg', { value: 25, unit: 'kg' }],
    ['起订量: 1 千克', { value: 1, unit: 'kg' }],
  ])('%s', (text, expected) => {
    expect(findMinimumOrder(text)).toEqual(expected);
  });

  it('is null without a minimum order', () => {
    expect(findMinimumOrder('Order now: 1 kilogram of coffee')).toBeNull();
  });
});
