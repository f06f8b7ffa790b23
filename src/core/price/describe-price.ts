/** Prices and shares written the way flag messages show them: "$12 per pen", "€11.50 (≈ $12.00) per pen", "1.2 %". */
import type { ParsedPrice, Quantity } from './types';
import type { UnitPrice } from './unit-price';
import { UNITS, type UnitName } from './units';

const SYMBOLS: Readonly<Record<string, string>> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹', CNY: 'CN¥' };

/**
 * `amount` with `digits` decimals and en-US grouping ("1,200.50"). By hand: an `Intl.NumberFormat` costs a content
 * script 10–15 ms to create on a page's first price (a Chromium profile), more than every price rule together.
 */
function formatNumber(amount: number, digits: number): string {
  const fixed = Math.abs(amount).toFixed(digits);
  if (fixed.includes('e')) return amount.toLocaleString('en-US'); // beyond 1e21: no page price, but say something
  const [whole, fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${amount < 0 ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** "$12", "$998.83", "€11.50", "1,200.00 PLN". */
export function describeMoney(amount: number, currency: string | null): string {
  const digits = Number.isInteger(amount) && Math.abs(amount) < 1e15 ? 0 : amount >= 0.1 ? 2 : 4;
  const number = formatNumber(amount, digits);
  if (!currency) return number;
  const symbol = SYMBOLS[currency];
  return symbol ? `${symbol}${number}` : `${number} ${currency}`;
}

const UNIT_LABELS: Partial<Record<UnitName, string>> = { l: 'L', ml: 'mL' };

/** A unit as messages show it: "kg", "L", "pen". */
export function describeUnit(unit: UnitName): string {
  return UNIT_LABELS[unit] ?? unit;
}

/** "1 kg", "10,000 tablets", "2 packs". */
export function describeQuantity(quantity: Quantity): string {
  // Up to three decimals, trailing zeros dropped: "1.5 kg", "10,000 tablets".
  const value = formatNumber(quantity.value, 3).replace(/\.?0+$/, '');
  const countable = UNITS[quantity.unit].kind === 'dose' || UNITS[quantity.unit].kind === 'package';
  const plural = countable && quantity.value !== 1 ? (quantity.unit.endsWith('x') ? 'es' : 's') : '';
  return `${value} ${describeUnit(quantity.unit)}${plural}`;
}

/** "$12 per pen", "€11.50 (≈ $12.48) per g", "$5 per item (quantity not stated)". */
export function describeUnitPrice(unitPrice: UnitPrice): string {
  const own = describeMoney(unitPrice.amount, unitPrice.currency);
  const usd = unitPrice.currency !== 'USD' && unitPrice.usd !== null ? ` (≈ ${describeMoney(unitPrice.usd, 'USD')})` : '';
  const unit = unitPrice.assumed ? 'item (quantity not stated)' : describeUnit(unitPrice.unit);
  return `${own}${usd} per ${unit}`;
}

/** The listing's price as written, with its range: "US$120–150 per kg". */
export function describePrice(price: ParsedPrice): string {
  const amount = price.maxAmount !== undefined
    ? `${describeMoney(price.amount, price.currency)}–${describeMoney(price.maxAmount, price.currency)}`
    : describeMoney(price.amount, price.currency);
  if (!price.per) return amount;
  return `${amount} per ${price.per.value === 1 ? describeUnit(price.per.unit) : describeQuantity(price.per)}`;
}

/** A share as a percentage with one decimal under 10 %: "1.2 %", "25 %". */
export function describeShare(share: number): string {
  const percent = share * 100;
  return `${percent < 10 ? percent.toFixed(1) : Math.round(percent)} %`;
}
