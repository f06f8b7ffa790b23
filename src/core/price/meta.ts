/** Prices from product meta tags (`product:price:amount`, `og:price:amount`), given as plain values. */
import { readStructuredAmount, readStructuredCurrency } from './structured-amount';
import type { ParsedPrice } from './types';

/** One `<meta property content>` pair (or `name`/`itemprop` in place of `property`). */
export interface MetaTag {
  property: string;
  content: string | null;
}

const AMOUNT_PROPERTIES = ['product:price:amount', 'og:price:amount', 'product:sale_price:amount'];

/**
 * Prices from a page's meta tags. Each amount property pairs with the currency property of the same prefix.
 *
 * @example pricesFromMeta([{ property: 'product:price:amount', content: '48,00' },
 *   { property: 'product:price:currency', content: 'USD' }]) // [{ amount: 48, currency: 'USD', source: 'meta', … }]
 */
export function pricesFromMeta(metas: readonly MetaTag[]): ParsedPrice[] {
  const byProperty = new Map<string, string>();
  for (const meta of metas) {
    const key = meta.property.trim().toLowerCase();
    if (!byProperty.has(key) && meta.content) byProperty.set(key, meta.content);
  }
  const prices: ParsedPrice[] = [];
  for (const property of AMOUNT_PROPERTIES) {
    const written = byProperty.get(property);
    if (written === undefined) continue;
    const amount = readStructuredAmount(written);
    if (amount === null) continue;
    const currency = readStructuredCurrency(byProperty.get(property.replace(/amount$/, 'currency')));
    prices.push({ amount, currency, raw: `${written} ${currency ?? ''}`.trim(), source: 'meta', confidence: currency ? 0.85 : 0.4 });
  }
  return prices;
}
