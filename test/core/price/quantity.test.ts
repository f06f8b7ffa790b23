import { describe, expect, it } from 'vitest';
import { parseQuantity } from '../../../src/core/price/quantity';

describe('parseQuantity', () => {
  it.each([
    ['Xanax 2mg 100 tablets', { value: 100, unit: 'tablet', strength: { value: 2, unit: 'mg' } }],
    ['Alprazolam 10 x 2mg', { value: 10, unit: 'dose', strength: { value: 2, unit: 'mg' } }],
    ['4-ANPP powder 1kg', { value: 1, unit: 'kg' }],
    ['Ozempic 5 pens', { value: 5, unit: 'pen' }],
    ['Vitamin D3 60 caps', { value: 60, unit: 'capsule' }],
    ['Cialis 20mg 3 x 10 tabs', { value: 30, unit: 'tablet', strength: { value: 20, unit: 'mg' } }],
    ['Gorilla Duct Tape (Pack of 2)', { value: 2, unit: 'pack' }],
    ['GBL 1 L bottle', { value: 1, unit: 'l' }],
    ['Fentanyl patch 25mcg 5 patches', { value: 5, unit: 'patch', strength: { value: 0.025, unit: 'mg' } }],
  ])('%s', (title, expected) => {
    expect(parseQuantity(title)).toEqual(expected);
  });

  it.each(['Ozempic 1mg/3ml pen', 'Botox 100 units vial', 'Penhook 20.47" Wide Armchair', 'CAS 19099-93-5'])(
    '%s states no quantity',
    (title) => {
      expect(parseQuantity(title)).toBeNull();
    },
  );
});
