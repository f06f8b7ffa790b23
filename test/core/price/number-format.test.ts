import { describe, expect, it } from 'vitest';
import { parseLocalizedNumber } from '../../../src/core/price/number-format';

describe('parseLocalizedNumber', () => {
  it.each([
    ['1,234.56', 1234.56], ['1.234,56', 1234.56], ['1 234,56', 1234.56], ['1\u00a0234,56', 1234.56],
    ['1\u202f234,56', 1234.56], ['12,34,567', 1234567], ['12,34,567.50', 1234567.5], ["1'234.56", 1234.56],
    ['1’234.56', 1234.56], ['1,234', 1234], ['1.234', 1234], ['0.125', 0.125], ['12.5', 12.5], ['12,5', 12.5],
    ['1,000,000', 1000000], ['1.000.000', 1000000], ['99', 99], ['0,99', 0.99], ['1.2345', 1.2345],
  ])('%s → %d', (written, value) => {
    expect(parseLocalizedNumber(written)).toBe(value);
  });

  it.each(['', 'abc', '1.', ',5', '1.234.5,6.7', '1,2.3,4'])('%j is not a number', (written) => {
    expect(parseLocalizedNumber(written)).toBeNull();
  });
});
