import { describe, expect, it } from 'vitest';
import bundled from '../../../src/core/price/data/reference-prices.json';
import { BUNDLED_REFERENCE_PRICES, findReferencePrice } from '../../../src/core/price/reference-prices';
import { UNITS } from '../../../src/core/price/units';
import { createScanner } from '../../../src/core/scan';

const BRANDS_ASKED_FOR = [
  'Ozempic', 'Wegovy', 'Mounjaro', 'Zepbound', 'Saxenda', 'Viagra', 'Cialis', 'Levitra', 'Botox', 'Accutane', 'Xanax',
  'Valium', 'OxyContin', 'Percocet', 'Adderall', 'Ritalin', 'Ambien', 'Soma', 'Genotropin', 'Suboxone', 'Ultram',
];

describe('reference price table', () => {
  it('covers the brands most counterfeited online', () => {
    expect(BUNDLED_REFERENCE_PRICES.map((r) => r.brand)).toEqual(expect.arrayContaining(BRANDS_ASKED_FOR));
  });

  it('gives every row a dosage unit, a positive USD price, a source, a date, and says whether it was checked', () => {
    for (const row of bundled.rows) {
      expect(UNITS[row.unit as keyof typeof UNITS]?.kind, row.brand).toBe('dose');
      expect(row.pricePerUnit).toBeGreaterThan(0);
      expect(row.pricePerUnit).toBeCloseTo(row.packagePrice / row.unitsPerPackage, 2);
      expect(row.currency).toBe('USD');
      expect(row.source.length).toBeGreaterThan(10);
      expect(row.date).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      expect(typeof row.checked).toBe('boolean');
      if (!row.checked) expect((row as { note?: string }).note).toMatch(/not checked/);
    }
  });

  it('uses the termId the detection engine reports for each brand', () => {
    const scanner = createScanner();
    for (const row of BUNDLED_REFERENCE_PRICES) {
      expect(scanner.scanText(`${row.brand} 10 tablets`).map((f) => f.termId), row.brand).toContain(row.termId);
    }
  });

  it('finds a row only when the listing names the brand as a word', () => {
    expect(findReferencePrice('semaglutide', 'Wegovy 2.4 mg 4 pens')?.brand).toBe('Wegovy');
    expect(findReferencePrice('semaglutide', 'Semaglutide 5mg vial')).toBeNull();
    expect(findReferencePrice('sildenafil', 'Ozempic pen')).toBeNull();
    expect(findReferencePrice('carisoprodol', 'Somatic therapy')).toBeNull();
  });
});
