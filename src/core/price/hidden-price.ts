/** Phrases that stand where a price should be: "contact supplier", "price on request", "negotiable". */

const HIDDEN_PRICE = new RegExp(
  [
    'contact\\s+(?:the\\s+)?(?:supplier|seller|vendor)',
    // Plain "contact us" is every shop's footer; only "contact us for (the) price/quote" hides a price.
    'contact\\s+us\\s+for\\s+(?:the\\s+|a\\s+)?(?:latest\\s+|best\\s+)?(?:price|quote|quotation)',
    'price\\s+(?:on|upon)\\s+request',
    'request\\s+(?:a\\s+)?(?:quote|quotation|price)',
    'get\\s+(?:the\\s+)?latest\\s+price',
    'ask\\s+for\\s+(?:the\\s+)?(?:price|quote)',
    'call\\s+for\\s+(?:the\\s+)?price',
    'negotiable',
    'inquire|enquire',
    'send\\s+inquiry',
    'preis\\s+auf\\s+anfrage',
    'prix\\s+sur\\s+demande',
    'precio\\s+a\\s+consultar|consultar\\s+precio',
    'цена\\s+по\\s+запросу|договорная',
    '面议|询价|价格面议',
  ].map((p) => `(?:${p})`).join('|'),
  'iu',
);

/**
 * The first phrase in `text` that withholds a price ("contact supplier", "price on request", "negotiable", "inquire",
 * "ask for price", "get latest price", and their German, French, Spanish, Russian and Chinese forms), or null.
 *
 * @example findHiddenPricePhrase("BMK glycidate — Contact Supplier") // "Contact Supplier"
 */
export function findHiddenPricePhrase(text: string): string | null {
  return HIDDEN_PRICE.exec(text)?.[0] ?? null;
}

/** True when `text` says its price is withheld; see {@link findHiddenPricePhrase}. */
export function hasHiddenPrice(text: string): boolean {
  return HIDDEN_PRICE.test(text);
}
