/**
 * The price rules over generated marketplace pages: every rule fires on the listings the generator marks and on no
 * other listing.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractBlocks } from '../../../src/core/extract/index';
import { flagListings } from '../../../src/core/price/flag-listings';
import { parsePrices } from '../../../src/core/price/parse-prices';
import { PRICE_RULES } from '../../../src/core/price/rules/index';
import { collectStructuredPriceData, pricesFromStructuredData } from '../../../src/core/price/structured-data';
import type { PricedListing } from '../../../src/core/price/types';
import { marketplacePages, type FixturePage } from '../../fixtures/generate-marketplace-pages';
import { assessListing, createScanner } from '../../../src/core/scan';

const scanner = createScanner();
/** Findings of one listing as the content script attributes them: scanned, then assessed as a listing. */
const findingsIn = (text: string) => assessListing(scanner.scanText(text));

function listingsOf(page: FixturePage): Map<string, PricedListing> {
  const { document } = parseHTML(page.html);
  const listings = new Map<string, PricedListing>();
  for (const card of document.querySelectorAll(page.cardSelector)) {
    const title = card.querySelector(page.titleSelector)?.textContent ?? '';
    const text = extractBlocks<Node>(card).map((block) => block.text).join('\n');
    const prices = [...pricesFromStructuredData(collectStructuredPriceData<Node>(card)), ...parsePrices(text)];
    listings.set(card.getAttribute('data-item-id') ?? '', { title, text, findings: findingsIn(text), prices });
  }
  return listings;
}

const pages = marketplacePages();

describe('generated marketplace pages', () => {
  for (const page of pages) {
    it(`${page.name}: each listing raises exactly its expected flags`, () => {
      const listings = listingsOf(page);
      expect([...listings.keys()]).toEqual(page.listings.map((l) => l.id));
      const flags = flagListings([...listings.values()]);
      for (const expected of page.listings) {
        const raised = flags.get(listings.get(expected.id) as PricedListing) ?? [];
        expect({ id: expected.id, rules: raised.map((f) => f.rule).sort() }).toEqual({
          id: expected.id,
          rules: [...expected.expectedFlags].sort(),
        });
        for (const flag of raised) {
          // Every flag explains itself: with its numbers, or (hidden-price) with the phrase that replaces the price.
          expect(flag.message).toMatch(flag.rule === 'hidden-price' ? /"[^"]+"/ : /\d/);
        }
      }
    });
  }

  it('exercise every rule in both directions', () => {
    const all = pages.flatMap((page) => page.listings);
    for (const rule of PRICE_RULES) {
      expect(all.some((l) => l.expectedFlags.includes(rule.id)), `${rule.id} fires somewhere`).toBe(true);
      expect(
        all.filter((l) => !l.expectedFlags.includes(rule.id)).length,
        `${rule.id} stays silent somewhere`,
      ).toBeGreaterThan(0);
    }
  });

  it('cover every B2B style and a retail one', () => {
    expect(new Set(pages.map((p) => p.style))).toEqual(new Set(['alibaba', 'made-in-china', 'indiamart', 'dhgate', 'retail']));
  });
});
