/**
 * Numbers as prices are written around the world: "1,234.56", "1.234,56", "1 234,56" (with NBSP or narrow NBSP),
 * "12,34,567" (Indian grouping), "1'234.56" (Swiss).
 */

/** Characters that group thousands. */
const GROUP_SPACES = /[\s\u00a0\u202f\u2009'’]/g;

/**
 * Regular-expression source for one written number: digits with optional grouping and an optional decimal part.
 * Grouping by space is only accepted between groups of three digits so two adjacent numbers stay apart.
 */
export const NUMBER_PATTERN =
  "(?:\\d{1,3}(?:(?:[,.'’]|[ \\u00a0\\u202f\\u2009](?=\\d{3}(?!\\d)))\\d{2,3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d+)?)";

/**
 * The value of a written number, or null when it cannot be read.
 *
 * Rules: the last of two different separators is the decimal mark; a lone separator followed by exactly three
 * digits groups thousands ("1.234" → 1234, "1,234" → 1234) unless the integer part is 0; followed by one, two or
 * four and more digits it is a decimal mark; a separator that occurs twice groups.
 *
 * @example parseLocalizedNumber("1.234,56") === 1234.56; parseLocalizedNumber("12,34,567") === 1234567
 */
export function parseLocalizedNumber(written: string): number | null {
  const text = written.trim().replace(GROUP_SPACES, '');
  if (!/^\d[\d.,]*$/.test(text) || /[.,]$/.test(text)) return null;
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  let integer: string;
  let fraction = '';
  if (lastDot >= 0 && lastComma >= 0) {
    const decimalAt = Math.max(lastDot, lastComma);
    const decimalMark = text[decimalAt];
    integer = text.slice(0, decimalAt);
    fraction = text.slice(decimalAt + 1);
    if (integer.includes(decimalMark)) return null;
  } else if (lastDot >= 0 || lastComma >= 0) {
    const mark = lastDot >= 0 ? '.' : ',';
    const parts = text.split(mark);
    const after = parts[parts.length - 1];
    const groups = parts.length > 2 || (after.length === 3 && parts[0] !== '0');
    if (groups) {
      integer = parts.join('');
    } else {
      integer = parts[0];
      fraction = after;
    }
  } else {
    integer = text;
  }
  integer = integer.replace(/[.,]/g, '');
  const value = Number(fraction ? `${integer}.${fraction}` : integer);
  return Number.isFinite(value) ? value : null;
}
