/**
 * Prices in running text: "US$1.00-10.00 / kilogram", "1 234,56 €", "₹12,34,567", "CHF 1'234.50", "$5 per 100 pills".
 */
import { CURRENCY_PATTERN, currencyFromSign } from './currencies';
import { currencyForLocale } from './currency-hint';
import { findMinimumOrder } from './minimum-order';
import { NUMBER_PATTERN, parseLocalizedNumber } from './number-format';
import type { ParsedPrice, Quantity } from './types';
import { cutAtJoinedWords, UNIT_PATTERN, unitFromWord } from './units';
import { LETTER } from './letter-class';

// Spaces within a line only: "19 EUR\n10 piece" is a price and the next tier's quantity, not "EUR 10".
const SPACE = '[ \\t\\u00a0\\u202f\\u2009]*';
const RANGE_SEPARATOR = `${SPACE}(?:[-–—~〜]|to|bis|до|至)${SPACE}`;
// A number must not start inside another number or a Latin word ("1e308", "X100"), nor be a mantissa ("1e308").
// Other scripts may run into it: "价格100元".
const NUMBER_END = '(?![eE][+-]?\\d)(?!\\d)';
const NUMBER = `(?<![\\dA-Za-z.,])${NUMBER_PATTERN}${NUMBER_END}`;
// Right after a sign the number may follow a dot ("Rs.499").
const NUMBER_AFTER_SIGN = `${NUMBER_PATTERN}${NUMBER_END}`;

const PREFIX_FORM =
  `(?<prefixSign>${CURRENCY_PATTERN})${SPACE}(?<prefixAmount>${NUMBER_AFTER_SIGN})` +
  `(?:${RANGE_SEPARATOR}(?:${CURRENCY_PATTERN})?${SPACE}(?<prefixMax>${NUMBER}))?` +
  `(?:${SPACE}(?<trailingCode>[A-Z]{3})(?!${LETTER}))?`;
// A sign after the number, not followed by another number (so "Pack of 2 $12" is not "2 $").
const SUFFIX_FORM =
  `(?<suffixAmount>${NUMBER})(?:${SPACE}(?:${CURRENCY_PATTERN}))?` +
  `(?:${RANGE_SEPARATOR}(?<suffixMax>${NUMBER}))?${SPACE}(?<suffixSign>${CURRENCY_PATTERN})(?!${SPACE}\\d)`;

const PRICE = new RegExp(`${PREFIX_FORM}|${SUFFIX_FORM}`, 'gu');

const PER_UNIT = new RegExp(
  `^${SPACE}(?:(?:/|\\bper\\b|\\bpro\\b|\\bpor\\b|\\bpar\\b|(?<!${LETTER})за(?!${LETTER})|每)${SPACE}(?:(?<count>\\d+(?:[.,]\\d+)?)${SPACE})?(?<unit>${UNIT_PATTERN})|(?<each>each|ea\\.)(?!${LETTER}))`,
  'iu',
);

const LABEL_BEFORE =
  /(?:price|precio|prix|preis|prezzo|preço|prijs|cena|цена|价格|售价|价|our price|sale|now|only|from|ab|desde|à partir de)\s*[:：]?\s*$/iu;
// "-$5" is a discount; "Blue widget - $19.99" is not: the minus must touch the sign.
const DISCOUNT_BEFORE = /(?:(?:^|\s)[-−]|(?:\boff\b|save|ahorra|spare)\s*)$/iu;
const DISCOUNT_AFTER = /^\s*(?:off\b|de descuento|rabatt|de réduction)/iu;
// A fee on top ("pay 10 USD extra") is not the item's price either.
const ADD_ON_AFTER = /^[ \t]*(?:extra|more|additional|surcharge|fee)\b/iu;
// A price after a shipping word on the same line is a shipping fee, not the item's price.
const SHIPPING_BEFORE = /(?:shipping|delivery|postage|envío|envio|frete|versand|livraison|spedizione|доставка|运费)[^\n]{0,80}$/iu;

/** Amounts above this are kept but marked as implausible. */
const IMPLAUSIBLE_AMOUNT = 1e10;
/** How far after a price a minimum order is looked for. */
const MINIMUM_ORDER_WINDOW = 80;

export interface ParsePricesOptions {
  /** The page's locale (BCP 47, e.g. "en-CA", "zh-CN"): settles ambiguous signs such as "$", "¥" and "kr". */
  locale?: string;
}

/**
 * Every price written in `text`, in order. Numbers without a currency sign are not prices here; structured data
 * carries those. Never throws.
 *
 * @example parsePrices("Alprazolam powder US $120-150 / kg, MOQ 1kg")
 *   // [{ amount: 120, maxAmount: 150, currency: 'USD', per: { value: 1, unit: 'kg' },
 *   //    minimumOrder: { value: 1, unit: 'kg' }, raw: 'US $120-150 / kg', start: 18, end: 34, … }]
 * @returns offsets in UTF-16 code units, `end` exclusive, covering the sign, the amount(s) and any per-unit suffix.
 */
export function parsePrices(text: string, options: ParsePricesOptions = {}): ParsedPrice[] {
  const prices: ParsedPrice[] = [];
  PRICE.lastIndex = 0;
  for (let match = PRICE.exec(text); match; match = PRICE.exec(text)) {
    const groups = match.groups ?? {};
    const sign = groups.prefixSign ?? groups.suffixSign;
    const currency = currencyFromSign(sign);
    const amount = parseLocalizedNumber(groups.prefixAmount ?? groups.suffixAmount);
    const maxWritten = groups.prefixMax ?? groups.suffixMax;
    const max = maxWritten === undefined ? null : parseLocalizedNumber(maxWritten);
    if (!currency || amount === null) continue;
    const before = text.slice(Math.max(0, match.index - 24), match.index);
    const lineBefore = text.slice(Math.max(0, match.index - 100), match.index);

    let code = currency.code;
    let ambiguous = currency.ambiguous === true;
    const trailing = groups.trailingCode ? currencyFromSign(groups.trailingCode) : null;
    if (trailing && ambiguous) {
      code = trailing.code;
      ambiguous = false;
    } else if (ambiguous && options.locale) {
      code = currencyForLocale(code, options.locale);
    }
    let end = match.index + match[0].length;
    if (groups.trailingCode && !trailing) end -= groups.trailingCode.length;
    if (DISCOUNT_BEFORE.test(before) || DISCOUNT_AFTER.test(text.slice(end, end + 20))) continue;
    const per = readPerUnit(text, end);
    if (per) end += per.length;

    const price: ParsedPrice = {
      amount: max !== null ? Math.min(amount, max) : amount,
      currency: code,
      raw: text.slice(match.index, end).trim(),
      start: match.index,
      end: trimmedEnd(text, match.index, end),
      source: 'text',
      confidence: confidenceOf(
        amount,
        ambiguous,
        LABEL_BEFORE.test(before),
        SHIPPING_BEFORE.test(lineBefore) || ADD_ON_AFTER.test(text.slice(end, end + 20)),
      ),
    };
    if (max !== null && max !== amount) price.maxAmount = Math.max(amount, max);
    if (per) price.per = per.quantity;
    const minimumOrder = findMinimumOrder(text.slice(end, end + MINIMUM_ORDER_WINDOW));
    if (minimumOrder) price.minimumOrder = minimumOrder;
    prices.push(price);
    PRICE.lastIndex = end;
  }
  return prices;
}

function readPerUnit(text: string, from: number): { quantity: Quantity; length: number } | null {
  const match = PER_UNIT.exec(cutAtJoinedWords(text.slice(from, from + 40)));
  if (!match?.groups) return null;
  if (match.groups.each) return { quantity: { value: 1, unit: 'piece' }, length: match[0].length };
  const unit = unitFromWord(match.groups.unit);
  if (!unit) return null;
  const count = match.groups.count ? parseLocalizedNumber(match.groups.count) : 1;
  if (!count) return null;
  return { quantity: { value: count, unit }, length: match[0].length };
}

function trimmedEnd(text: string, start: number, end: number): number {
  let trimmed = end;
  while (trimmed > start && /\s/.test(text[trimmed - 1])) trimmed--;
  return trimmed;
}

function confidenceOf(amount: number, ambiguousSign: boolean, labelled: boolean, feeNotItem: boolean): number {
  if (amount > IMPLAUSIBLE_AMOUNT) return 0.1;
  if (feeNotItem) return 0.3;
  let confidence = ambiguousSign ? 0.6 : 0.7;
  if (labelled) confidence += 0.2;
  return confidence;
}
