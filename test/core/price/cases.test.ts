import { describe, expect, it } from 'vitest';
import { parsePrices } from '../../../src/core/price/parse-prices';
import type { PriceCase } from '../../fixtures/generate-price-cases';
import file from './cases.json';

const cases = file.cases as PriceCase[];

function matches(testCase: PriceCase): boolean {
  const [first] = parsePrices(testCase.text, { locale: testCase.hint });
  const expected = testCase.expected;
  if (!expected) return first === undefined;
  if (!first) return false;
  return (
    Math.abs(first.amount - expected.amount) < 1e-9 &&
    (first.maxAmount ?? null) === (expected.maxAmount ?? null) &&
    first.currency === expected.currency &&
    (first.per?.unit ?? null) === expected.unit &&
    (expected.perValue === undefined || first.per?.value === expected.perValue)
  );
}

describe('price-string suite (test/core/price/cases.json)', () => {
  it('has at least 500 cases over at least 10 locales and formats', () => {
    expect(cases.length).toBeGreaterThanOrEqual(500);
    expect(new Set(cases.map((c) => c.locale)).size).toBeGreaterThanOrEqual(10);
  });

  it('parses at least 98 % of them exactly (amount, range, currency, unit)', () => {
    const failures = cases.filter((c) => !matches(c));
    const rate = 1 - failures.length / cases.length;
    console.log(`price-string suite: ${cases.length - failures.length}/${cases.length} exact (${(rate * 100).toFixed(2)} %)`);
    for (const failure of failures) {
      console.log(`  miss ${failure.id}: ${JSON.stringify(failure.text)} → ${JSON.stringify(parsePrices(failure.text, { locale: failure.hint })[0] ?? null)}`);
    }
    expect(rate).toBeGreaterThanOrEqual(0.98);
  });
});
