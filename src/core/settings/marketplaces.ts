/** The marketplaces RxLens scans out of the box; the same patterns as `content_scripts` in `manifest.json`. */

export interface Marketplace {
  /** Stable id stored in settings, e.g. "amazon.com". */
  id: string;
  /** Match pattern, e.g. "https://*.amazon.com/*". */
  pattern: string;
}

const HOSTS = [
  'alibaba.com', 'aliexpress.com', 'aliexpress.us', 'amazon.com', 'amazon.co.uk', 'amazon.de', 'amazon.in',
  'ebay.com', 'ebay.co.uk', 'ebay.de', 'dhgate.com', 'made-in-china.com', 'indiamart.com', 'temu.com', 'etsy.com',
  'walmart.com',
];

export const DEFAULT_MARKETPLACES: readonly Marketplace[] = HOSTS.map((host) => ({ id: host, pattern: `https://*.${host}/*` }));
