/**
 * Ambiguous signs read by the page's locale: "$" on an en-CA page is CAD, "¥" on a zh-CN page is CNY, "kr" on a
 * nb-NO page is NOK. The content script passes the document's `lang` (or a locale guessed from the host name).
 */

const BY_REGION: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  USD: { CA: 'CAD', AU: 'AUD', NZ: 'NZD', SG: 'SGD', HK: 'HKD', MX: 'MXN', AR: 'ARS', TW: 'TWD', CL: 'CLP', CO: 'COP' },
  JPY: { CN: 'CNY' },
  SEK: { NO: 'NOK', DK: 'DKK', IS: 'ISK' },
  INR: { PK: 'PKR' },
};

/** Languages that settle a sign without a region ("zh" → "¥" is CNY, "nb" → "kr" is NOK). */
const BY_LANGUAGE: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  JPY: { zh: 'CNY' },
  SEK: { nb: 'NOK', nn: 'NOK', no: 'NOK', da: 'DKK', is: 'ISK' },
};

/**
 * The currency an ambiguous sign's default `code` stands for under `locale` (BCP 47, e.g. "en-CA"), or `code`
 * unchanged when the locale does not settle it.
 */
export function currencyForLocale(code: string, locale: string | undefined): string {
  if (!locale) return code;
  const [language, ...rest] = locale.split(/[-_]/);
  const region = rest.find((part) => /^[A-Za-z]{2}$/.test(part))?.toUpperCase();
  return (region && BY_REGION[code]?.[region]) ?? BY_LANGUAGE[code]?.[language.toLowerCase()] ?? code;
}
