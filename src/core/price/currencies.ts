/**
 * Currency signs, local abbreviations and ISO 4217 codes as marketplaces write them, each mapped to its ISO code.
 * Ambiguous signs get the reading most common on marketplace pages and a lower confidence:
 * "$" alone is USD, "¥" alone is JPY (Chinese sites write "CN¥", "RMB" or "元"), "kr" alone is SEK.
 */
import { LETTER, LETTER_OR_DIGIT } from './letter-class';

export interface CurrencySign {
  /** The sign as written; letters are matched case-sensitively so "TL" is not "tl". */
  sign: string;
  code: string;
  /** True when the sign stands for several currencies and `code` is a guess. */
  ambiguous?: boolean;
}

const SIGNS: readonly CurrencySign[] = [
  { sign: 'US $', code: 'USD' }, { sign: 'US$', code: 'USD' }, { sign: 'U$S', code: 'USD' }, { sign: 'USD', code: 'USD' },
  { sign: '$', code: 'USD', ambiguous: true }, { sign: '＄', code: 'USD', ambiguous: true },
  { sign: 'C$', code: 'CAD' }, { sign: 'CA$', code: 'CAD' }, { sign: 'CAD', code: 'CAD' },
  { sign: 'A$', code: 'AUD' }, { sign: 'AU$', code: 'AUD' }, { sign: 'AUD', code: 'AUD' },
  { sign: 'NZ$', code: 'NZD' }, { sign: 'NZD', code: 'NZD' },
  { sign: 'HK$', code: 'HKD' }, { sign: 'HKD', code: 'HKD' },
  { sign: 'S$', code: 'SGD' }, { sign: 'SGD', code: 'SGD' },
  { sign: 'NT$', code: 'TWD' }, { sign: 'TWD', code: 'TWD' },
  { sign: 'MX$', code: 'MXN' }, { sign: 'MXN', code: 'MXN' },
  { sign: 'R$', code: 'BRL' }, { sign: 'BRL', code: 'BRL' },
  { sign: 'ARS', code: 'ARS' },
  { sign: '€', code: 'EUR' }, { sign: 'EUR', code: 'EUR' }, { sign: 'Euro', code: 'EUR' }, { sign: 'euro', code: 'EUR' },
  { sign: '£', code: 'GBP' }, { sign: 'GBP', code: 'GBP' },
  { sign: 'CN¥', code: 'CNY' }, { sign: 'CNY', code: 'CNY' }, { sign: 'RMB', code: 'CNY' }, { sign: '元', code: 'CNY' },
  { sign: '人民币', code: 'CNY' },
  { sign: 'JP¥', code: 'JPY' }, { sign: 'JPY', code: 'JPY' }, { sign: '円', code: 'JPY' },
  { sign: '¥', code: 'JPY', ambiguous: true }, { sign: '￥', code: 'JPY', ambiguous: true },
  { sign: '₹', code: 'INR' }, { sign: 'Rs.', code: 'INR' }, { sign: 'Rs', code: 'INR' }, { sign: 'INR', code: 'INR' },
  { sign: '₨', code: 'INR', ambiguous: true }, { sign: 'PKR', code: 'PKR' },
  { sign: '₽', code: 'RUB' }, { sign: 'руб.', code: 'RUB' }, { sign: 'руб', code: 'RUB' }, { sign: 'р.', code: 'RUB' },
  { sign: 'RUB', code: 'RUB' },
  { sign: '₴', code: 'UAH' }, { sign: 'грн', code: 'UAH' }, { sign: 'UAH', code: 'UAH' },
  { sign: 'zł', code: 'PLN' }, { sign: 'PLN', code: 'PLN' },
  { sign: 'Kč', code: 'CZK' }, { sign: 'CZK', code: 'CZK' },
  { sign: 'Ft', code: 'HUF' }, { sign: 'HUF', code: 'HUF' },
  { sign: 'lei', code: 'RON' }, { sign: 'RON', code: 'RON' },
  { sign: 'kr', code: 'SEK', ambiguous: true }, { sign: 'SEK', code: 'SEK' }, { sign: 'NOK', code: 'NOK' },
  { sign: 'DKK', code: 'DKK' }, { sign: 'ISK', code: 'ISK' },
  { sign: 'CHF', code: 'CHF' }, { sign: 'Fr.', code: 'CHF', ambiguous: true },
  { sign: '₩', code: 'KRW' }, { sign: '원', code: 'KRW' }, { sign: 'KRW', code: 'KRW' },
  { sign: '₺', code: 'TRY' }, { sign: 'TL', code: 'TRY' }, { sign: 'TRY', code: 'TRY' },
  { sign: 'AED', code: 'AED' }, { sign: 'د.إ', code: 'AED' }, { sign: 'SAR', code: 'SAR' },
  { sign: '₪', code: 'ILS' }, { sign: 'ILS', code: 'ILS' },
  { sign: '฿', code: 'THB' }, { sign: 'THB', code: 'THB' },
  { sign: '₫', code: 'VND' }, { sign: 'VND', code: 'VND' },
  { sign: '₱', code: 'PHP' }, { sign: 'PHP', code: 'PHP' },
  { sign: 'Rp', code: 'IDR' }, { sign: 'IDR', code: 'IDR' },
  { sign: 'RM', code: 'MYR' }, { sign: 'MYR', code: 'MYR' },
  { sign: 'ZAR', code: 'ZAR' }, { sign: '₦', code: 'NGN' }, { sign: 'NGN', code: 'NGN' },
  { sign: 'EGP', code: 'EGP' }, { sign: 'E£', code: 'EGP' },
];

const BY_SIGN = new Map(SIGNS.map((s) => [s.sign, s]));

/** The currency a sign stands for ("US $" → USD, "zł" → PLN), or null. Spaces inside the sign are tolerated. */
export function currencyFromSign(sign: string): CurrencySign | null {
  return BY_SIGN.get(sign.replace(/[\s\u00a0\u202f]+/g, ' ').trim()) ?? null;
}

/** Letter signs must stand alone ("TL" not in "TLC"); symbol signs need no boundary. CJK signs count as symbols. */
function boundaries(sign: string): { before: boolean; after: boolean } {
  return {
    before: /^\p{L}/u.test(sign) && !/^[\u4e00-\u9fff\uac00-\ud7af]/u.test(sign),
    after: /\p{L}$/u.test(sign) && !/[\u4e00-\u9fff\uac00-\ud7af]$/u.test(sign),
  };
}

const escapeSign = (sign: string) => sign.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s\\u00a0\\u202f]?');

/**
 * Regular-expression source matching any sign, longest first. Use with the `u` flag.
 * Signs of equal length cannot both match at one place, so within a length they are grouped by the boundaries they
 * need and each group shares one look-behind and one look-ahead: the same matches as one alternative per sign, and
 * a pattern V8 compiles in a fraction of the time (the per-sign form took ~100 ms on a page's first price).
 */
export const CURRENCY_PATTERN = (() => {
  const kindOf = (sign: string) => {
    const { before, after } = boundaries(sign);
    return (before ? 2 : 0) + (after ? 1 : 0);
  };
  const sorted = [...SIGNS].map((s) => s.sign).sort((a, b) => b.length - a.length || kindOf(a) - kindOf(b));
  const groups: { kind: number; signs: string[] }[] = [];
  for (const sign of sorted) {
    const last = groups[groups.length - 1];
    if (last && last.kind === kindOf(sign) && last.signs[0].length === sign.length) last.signs.push(sign);
    else groups.push({ kind: kindOf(sign), signs: [sign] });
  }
  // Adjacent groups of one kind (different lengths, longest first) share their look-arounds too.
  const merged: { kind: number; signs: string[] }[] = [];
  for (const group of groups) {
    const last = merged[merged.length - 1];
    if (last && last.kind === group.kind) last.signs.push(...group.signs);
    else merged.push({ kind: group.kind, signs: [...group.signs] });
  }
  return `(?:${merged
    .map(({ kind, signs }) => `${kind & 2 ? `(?<!${LETTER_OR_DIGIT})` : ''}(?:${signs.map(escapeSign).join('|')})${kind & 1 ? `(?!${LETTER})` : ''}`)
    .join('|')})`;
})();
