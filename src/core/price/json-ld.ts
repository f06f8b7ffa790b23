/**
 * Prices from JSON-LD: `Product`, `Offer`, `AggregateOffer`, `@graph`, top-level arrays and `priceSpecification`.
 * Malformed JSON is skipped, never thrown.
 */
import { readStructuredAmount, readStructuredCurrency } from './structured-amount';
import type { ParsedPrice, Quantity } from './types';
import type { UnitName } from './units';

/** UN/CEFACT common codes used in `unitCode`. */
const UNIT_CODES: Readonly<Record<string, UnitName>> = {
  KGM: 'kg', GRM: 'g', MGM: 'mg', TNE: 't', LBR: 'lb', ONZ: 'oz', LTR: 'l', MLT: 'ml',
  C62: 'piece', H87: 'piece', EA: 'piece', XBX: 'box', XPK: 'pack', XBO: 'bottle',
};

/** Nodes deeper than this are not visited (guards against pathological nesting). */
const MAX_DEPTH = 32;
/** JSON texts longer than this are skipped: a product page's JSON-LD is a few kilobytes. */
const MAX_JSON_LENGTH = 5_000_000;

type JsonObject = Record<string, unknown>;

/**
 * Every offer price in the given JSON-LD script texts, in document order.
 *
 * @example pricesFromJsonLd(['{"@type":"Product","offers":{"@type":"Offer","price":"12.50","priceCurrency":"USD"}}'])
 *   // [{ amount: 12.5, currency: 'USD', source: 'json-ld', raw: '12.50 USD', confidence: 0.95 }]
 */
export function pricesFromJsonLd(jsonTexts: readonly string[]): ParsedPrice[] {
  const prices: ParsedPrice[] = [];
  for (const text of jsonTexts) {
    if (text.length > MAX_JSON_LENGTH) continue;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      continue;
    }
    visit(data, 0, prices);
  }
  return prices;
}

function visit(node: unknown, depth: number, prices: ParsedPrice[]): void {
  if (depth > MAX_DEPTH || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) visit(item, depth + 1, prices);
    return;
  }
  const object = node as JsonObject;
  if (isOfType(object, 'Offer') || isOfType(object, 'AggregateOffer')) {
    const price = priceOfOffer(object);
    if (price) prices.push(price);
    // An AggregateOffer's own range already covers its nested offers.
    if (isOfType(object, 'AggregateOffer') && price) return;
  }
  for (const [key, value] of Object.entries(object)) {
    if (key === 'priceSpecification' || key === '@context') continue;
    visit(value, depth + 1, prices);
  }
}

function isOfType(object: JsonObject, type: string): boolean {
  const declared = object['@type'];
  const types = Array.isArray(declared) ? declared : [declared];
  return types.some((t) => typeof t === 'string' && t.replace(/^.*[/#]/, '') === type);
}

function priceOfOffer(offer: JsonObject): ParsedPrice | null {
  const specifications = [offer.priceSpecification].flat().filter(isObject);
  const specification = specifications.find((s) => readStructuredAmount(s.price ?? s.minPrice) !== null);
  const low = readStructuredAmount(offer.lowPrice) ?? readStructuredAmount(offer.price) ??
    readStructuredAmount(specification?.price ?? specification?.minPrice);
  if (low === null) return null;
  const high = readStructuredAmount(offer.highPrice) ?? readStructuredAmount(specification?.maxPrice);
  const currency = readStructuredCurrency(offer.priceCurrency) ?? readStructuredCurrency(specification?.priceCurrency);
  const price: ParsedPrice = {
    amount: high !== null ? Math.min(low, high) : low,
    currency,
    raw: [offer.lowPrice ?? offer.price ?? specification?.price, offer.highPrice, offer.priceCurrency ?? specification?.priceCurrency]
      .filter((part) => part !== undefined)
      .join(' '),
    source: 'json-ld',
    confidence: currency ? 0.95 : 0.5,
  };
  if (high !== null && high !== low) price.maxAmount = Math.max(low, high);
  const per = quantityOf(specification?.referenceQuantity);
  if (per) price.per = per;
  const minimumOrder = quantityOf(offer.eligibleQuantity, 'minValue');
  if (minimumOrder) price.minimumOrder = minimumOrder;
  return price;
}

function quantityOf(node: unknown, valueKey = 'value'): Quantity | null {
  if (!isObject(node)) return null;
  const value = readStructuredAmount(node[valueKey] ?? node.value);
  if (value === null || value <= 0) return null;
  const code = typeof node.unitCode === 'string' ? node.unitCode.toUpperCase() : '';
  return { value, unit: UNIT_CODES[code] ?? 'piece' };
}

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
