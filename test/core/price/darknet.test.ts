/**
 * Darknet market listings from ../shared/corpus/darknet-listings (read in place, never copied): price tiers are
 * written "19 EUR" on a line of their own, under their quantity. Every such line parses, and the page's main price is
 * its first tier, not a shipping fee.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePrices } from '../../../src/core/price/parse-prices';
import { pickListingPrice } from '../../../src/core/price/pick-listing-price';

const folder = fileURLToPath(new URL('../../../../shared/corpus/darknet-listings/pages/', import.meta.url));
const present = existsSync(folder);
if (!present) console.warn(`darknet price tests skipped: ${folder} is absent (it sits beside the checkout as shared/corpus)`);

const TIER_LINE = /^\s*(\d[\d.,]*) (EUR|USD)\s*$/;

describe.skipIf(!present)('darknet listings in ../shared/corpus/darknet-listings', () => {
  const pages = present ? readdirSync(folder).map((file) => ({ file, text: readFileSync(folder + file, 'utf8') })) : [];

  it('parses every price-tier line exactly', () => {
    const failures: string[] = [];
    let lines = 0;
    for (const { file, text } of pages) {
      for (const line of text.split('\n')) {
        const tier = TIER_LINE.exec(line);
        if (!tier) continue;
        lines++;
        const prices = parsePrices(line);
        if (prices.length !== 1 || prices[0].amount !== Number(tier[1].replace(/,/g, '')) || prices[0].currency !== tier[2]) {
          failures.push(`${file}: ${line.trim()}`);
        }
      }
    }
    console.log(`darknet: ${lines - failures.length}/${lines} tier lines parsed exactly`);
    expect(lines).toBeGreaterThan(500);
    expect(failures).toEqual([]);
  });

  it('takes the first tier as the main price, not a shipping fee, on at least 95 % of tiered pages', () => {
    let tiered = 0;
    const misses: string[] = [];
    for (const { file, text } of pages) {
      const first = text.split('\n').map((line) => TIER_LINE.exec(line)).find(Boolean);
      if (!first) continue;
      tiered++;
      const main = pickListingPrice(parsePrices(text));
      if (main?.amount !== Number(first[1].replace(/,/g, ''))) misses.push(`${file}: expected ${first[1]} ${first[2]}, got ${main?.raw}`);
    }
    const rate = 1 - misses.length / tiered;
    console.log(`darknet: main price = first tier on ${tiered - misses.length}/${tiered} pages (${(rate * 100).toFixed(1)} %)`);
    for (const miss of misses.slice(0, 10)) console.log(`  ${miss}`);
    expect(rate).toBeGreaterThanOrEqual(0.95);
  });
});
