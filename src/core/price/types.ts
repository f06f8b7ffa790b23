/**
 * The shapes shared by price parsing and the price rules. Offsets are UTF-16 code units into the text that was
 * parsed; `start` inclusive, `end` exclusive.
 */
import type { Finding } from '../findings';
import type { UnitName } from './units';

/** Where a price was read from: visible text, JSON-LD, microdata, or product meta tags. */
export type PriceSource = 'text' | 'json-ld' | 'microdata' | 'meta';

/** An amount of something: `{ value: 1, unit: 'kg' }`, `{ value: 100, unit: 'tablet' }`. */
export interface Quantity {
  value: number;
  unit: UnitName;
}

/** A quantity read from a title, with the strength of one dose where the title gives it ("10 x 2mg"). */
export interface TitleQuantity extends Quantity {
  /** Strength of one dosage unit, e.g. `{ value: 2, unit: 'mg' }` for "10 x 2mg". */
  strength?: Quantity;
}

/**
 * One price as written on a page.
 *
 * @example parsePrices("US$1.00-10.00 / kilogram")[0]
 *   // { amount: 1, maxAmount: 10, currency: 'USD', per: { value: 1, unit: 'kg' }, source: 'text', … }
 */
export interface ParsedPrice {
  /** The amount; for a range, its low end (the cheapest offer, which is what rules judge). */
  amount: number;
  /** High end of a range ("US$1.00-10.00"); absent for a single amount. */
  maxAmount?: number;
  /** ISO 4217 code, or null when the source gave a number without a currency. */
  currency: string | null;
  /** What one amount buys: "/kg" → 1 kg, "per 100 pills" → 100 pill. Absent when the price does not say. */
  per?: Quantity;
  /** Minimum order stated next to the price, e.g. "MOQ 1kg". */
  minimumOrder?: Quantity;
  /** The text the price was read from. */
  raw: string;
  /** Offsets of `raw` in the parsed text (text prices only). */
  start?: number;
  end?: number;
  source: PriceSource;
  /** 0–1: how sure the parser is that this is the item's price (labelled, structured, ambiguous symbol …). */
  confidence: number;
}

/**
 * A listing as the price rules see it: a card on a results page, the main item of a product page, or a whole text
 * document for the CLI.
 */
export interface PricedListing {
  /** The listing's title, where the page has one; quantities ("100 tablets", "1kg") are read from it. */
  title?: string;
  /** All text of the listing; minimum orders and "contact supplier" phrases are read from it. */
  text: string;
  /** Drug findings attributed to this listing. */
  findings: readonly Finding[];
  /** Every price found for the listing (structured data and text); the main one is chosen by `pickListingPrice`. */
  prices: readonly ParsedPrice[];
}
