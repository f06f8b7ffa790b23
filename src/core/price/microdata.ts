/** Prices from schema.org microdata, given as plain extracted values so this stays DOM-free. */
import { parsePrices } from './parse-prices';
import { readStructuredAmount, readStructuredCurrency } from './structured-amount';
import type { ParsedPrice } from './types';

/** One `itemprop` of an offer: its `content` attribute, else its text. */
export interface MicrodataProperty {
  itemprop: string;
  content?: string | null;
  text?: string | null;
}

/**
 * Prices from the properties of one item scope (an `Offer` or a `Product` with its offers flattened), in order.
 * `price` and `lowPrice` each start a price; `highPrice` closes a range; `priceCurrency` applies to all of them.
 * A price written as text with its sign ("$12.99") is read like page text.
 *
 * @example pricesFromMicrodata([{ itemprop: 'price', content: '12.99' }, { itemprop: 'priceCurrency', content: 'USD' }])
 */
export function pricesFromMicrodata(properties: readonly MicrodataProperty[]): ParsedPrice[] {
  const valueOf = (p: MicrodataProperty) => (p.content ?? p.text ?? '').trim();
  const currencyProperty = properties.find((p) => p.itemprop === 'priceCurrency');
  const currency = currencyProperty ? readStructuredCurrency(valueOf(currencyProperty)) : null;
  const prices: ParsedPrice[] = [];
  for (const property of properties) {
    const written = valueOf(property);
    if (property.itemprop === 'highPrice') {
      const last = prices[prices.length - 1];
      const high = readStructuredAmount(written);
      if (last && high !== null && high > last.amount) last.maxAmount = high;
      continue;
    }
    if (property.itemprop !== 'price' && property.itemprop !== 'lowPrice') continue;
    // A price written with its sign ("1.234,56 €") is read like page text; a bare number is read as structured data.
    const [fromText] = parsePrices(written);
    if (fromText) {
      const { start: _start, end: _end, ...rest } = fromText;
      prices.push({ ...rest, currency: currency ?? rest.currency, source: 'microdata', confidence: 0.85 });
      continue;
    }
    const amount = readStructuredAmount(written);
    if (amount !== null) prices.push({ amount, currency, raw: written, source: 'microdata', confidence: currency ? 0.9 : 0.5 });
  }
  return prices;
}
