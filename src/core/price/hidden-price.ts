/** Phrases that stand where a price should be: "contact supplier", "price on request", "negotiable". */

const HIDDEN_PRICE = new RegExp(
  [
    'contact\\s+(?:the\\s+)?(?:supplier|seller|vendor|us)(?:\\s+for\\s+(?:the\\s+)?(?:latest\\s+)?price)?',
    'price\\s+(?:on|upon)\\s+request',
    'request\\s+(?:a\\s+)?(?:quote|quotation|price)',
    'get\\s+(?:the\\s+)?latest\\s+price',
    'ask\\s+for\\s+(?:the\\s+)?(?:price|quote)',
    'call\\s+for\\s+(?:the\\s+)?price',
    'negotiable',
    'inquire|enquire|inquiry|enquiry',
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
 * True when `text` says its price is withheld ("contact supplier", "price on request", "negotiable", "inquire",
 * "ask for price", "get latest price", and their German, French, Spanish, Russian and Chinese forms).
 */
export function hasHiddenPrice(text: string): boolean {
  return HIDDEN_PRICE.test(text);
}
