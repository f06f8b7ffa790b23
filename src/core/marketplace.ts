/** The marketplace a page belongs to, by its host name, for reports. */

const MARKETPLACES: [RegExp, string][] = [
  [/(^|\.)alibaba\.com$/, 'Alibaba'],
  [/(^|\.)aliexpress\.(com|us)$/, 'AliExpress'],
  [/(^|\.)amazon\.[a-z.]+$/, 'Amazon'],
  [/(^|\.)ebay\.[a-z.]+$/, 'eBay'],
  [/(^|\.)dhgate\.com$/, 'DHgate'],
  [/(^|\.)made-in-china\.com$/, 'Made-in-China'],
  [/(^|\.)indiamart\.com$/, 'IndiaMART'],
  [/(^|\.)temu\.com$/, 'Temu'],
  [/(^|\.)etsy\.com$/, 'Etsy'],
  [/(^|\.)walmart\.com$/, 'Walmart'],
];

/** `marketplaceOf("https://www.ebay.co.uk/itm/1") === "eBay"`; the host name itself for other sites. */
export function marketplaceOf(url: string): string | undefined {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return undefined;
  }
  return MARKETPLACES.find(([pattern]) => pattern.test(host))?.[1] ?? host;
}
