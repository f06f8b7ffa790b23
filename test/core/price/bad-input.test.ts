/** Hostile and absurd input: parsing and rules never throw, and no rule flags a listing without a parsed price. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/findings';
import { flagListings } from '../../../src/core/price/flag-listings';
import { hasHiddenPrice } from '../../../src/core/price/hidden-price';
import { parsePrices } from '../../../src/core/price/parse-prices';
import { pickListingPrice } from '../../../src/core/price/pick-listing-price';
import { parseQuantity } from '../../../src/core/price/quantity';
import type { PricedListing } from '../../../src/core/price/types';
import { finding } from './make-listing';

const PRICE_LIKE = fc.constantFrom(
  '$', 'US$', '€', '₹', 'Rs.', '¥', 'zł', 'kr', ' ', '-', '–', '.', ',', "'", '\u00a0', '\u202f', '/', 'kg', 'g', 'per',
  '100', '1', '0', '1e308', '9'.repeat(40), 'MOQ', 'Min. Order:', 'pills', 'x', 'Contact supplier', '\n', '(', ')',
);
const priceLikeText = fc.array(PRICE_LIKE, { maxLength: 40 }).map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 100 }), priceLikeText);

const DRUGS: Finding[] = [
  finding('mdma', 'controlled', { schedule: 'I' }),
  finding('4-anpp', 'precursor'),
  finding('semaglutide', 'rx'),
  finding('carfentanil', 'analogue'),
  finding('alprazolam', 'controlled', { schedule: 'IV' }),
];

describe('bad input', () => {
  it('parsePrices never throws; offsets are in range; amounts are finite and not negative', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const price of parsePrices(text)) {
          expect(price.start).toBeGreaterThanOrEqual(0);
          expect(price.end).toBeGreaterThan(price.start ?? 0);
          expect(price.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(price.start, price.end)).toBe(price.raw);
          expect(Number.isFinite(price.amount) && price.amount >= 0).toBe(true);
        }
        parseQuantity(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('absurd amounts are parsed but never chosen as a listing price', () => {
    const [huge] = parsePrices(`$${'9'.repeat(400)}`);
    expect(huge === undefined || !Number.isFinite(huge.amount) || huge.confidence <= 0.1).toBe(true);
    expect(pickListingPrice(parsePrices('$99,999,999,999,999 and 1e308 $ and $1e308'))).toBeNull();
  });

  it('reads each currency of a mixed string on its own', () => {
    expect(parsePrices('$5 or €6,50 or ¥700 or 8 zł').map((p) => [p.amount, p.currency])).toEqual([
      [5, 'USD'], [6.5, 'EUR'], [700, 'JPY'], [8, 'PLN'],
    ]);
  });

  it('parses 10,000 prices in one block in well under a second each thousand', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `Item ${i}: US$${(i % 997) + 1}.${String(i % 100).padStart(2, '0')} / kg`).join(' · ');
    const started = performance.now();
    const prices = parsePrices(text);
    const elapsed = performance.now() - started;
    console.log(`10,000 prices parsed in ${elapsed.toFixed(0)} ms`);
    expect(prices).toHaveLength(10_000);
    expect(prices[9_999]).toMatchObject({ amount: (9_999 % 997) + 1 + 0.99, currency: 'USD', per: { value: 1, unit: 'kg' } });
    expect(elapsed).toBeLessThan(5_000);
  });

  it('flagListings never throws and raises no flag without a parsed price (hidden-price only with its phrase)', () => {
    const listing = fc.record({
      title: fc.option(anyText, { nil: undefined }),
      text: anyText,
      findings: fc.subarray(DRUGS),
    });
    fc.assert(
      fc.property(fc.array(listing, { maxLength: 8 }), (drafts) => {
        const listings: PricedListing[] = drafts.map((d) => ({ ...d, prices: parsePrices(d.text) }));
        for (const [item, flags] of flagListings(listings)) {
          for (const flag of flags) {
            if (flag.rule === 'hidden-price') {
              expect(hasHiddenPrice(`${item.title ?? ''}\n${item.text}`)).toBe(true);
              expect(pickListingPrice(item.prices)).toBeNull();
            } else {
              expect(pickListingPrice(item.prices)).not.toBeNull();
            }
            expect(flag.message).not.toMatch(/NaN|Infinity|undefined/);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('flags nothing for absurd or negative structured prices', () => {
    const findings = [finding('mdma', 'controlled', { schedule: 'I' })];
    const listings: PricedListing[] = [1e308, -5, Number.NaN, 0].map((amount) => ({
      text: 'MDMA',
      findings,
      prices: [{ amount, currency: 'USD', raw: String(amount), source: 'json-ld', confidence: 0.95 }],
    }));
    for (const flags of flagListings(listings).values()) expect(flags).toEqual([]);
  });
});
