/**
 * The prices of the listings that have findings, read once per change of their text: a card's own text, and for the
 * page's main item also the page's structured data (JSON-LD, microdata, product meta tags), which wins over text.
 */
import { collectStructuredPriceData, parsePrices, pricesFromStructuredData, type ParsedPrice } from '../core/price';
import { mainItemOf } from './listings';

export interface ListingText {
  text: string;
  prices: ParsedPrice[];
}

/** Longest listing text read: a "main item" can be a whole page. */
const MAX_TEXT = 20_000;

export class ListingPrices {
  private readonly cache = new WeakMap<Node, ListingText>();
  /** The page's language, read once (two DOM calls a card otherwise; each crosses a wrapper in Firefox). */
  private lang: string | undefined | null = null;

  constructor(private readonly doc: Document) {}

  /**
   * The text and prices of a card, or of the page's main item when `card` is null. Without `reread`, a card read
   * before is not read again: the caller knows the page changed nothing in it.
   */
  of(card: Element | null, reread = true): ListingText {
    const root: Node = card ?? this.doc;
    const cached = this.cache.get(root);
    if (cached && !reread) return cached;
    const text = ((card ?? mainItemOf(this.doc)).textContent ?? '').replace(/\s+/g, ' ').slice(0, MAX_TEXT);
    if (cached?.text === text) return cached;
    if (this.lang === null) this.lang = this.doc.documentElement.lang || undefined;
    const locale = this.lang;
    const prices = parsePrices(text, { locale });
    if (!card) prices.unshift(...pricesFromStructuredData(collectStructuredPriceData<Node>(this.doc)));
    const entry = { text, prices };
    this.cache.set(root, entry);
    return entry;
  }
}
