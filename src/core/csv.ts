/**
 * CSV cells and rows as RFC 4180 writes them, safe to open in a spreadsheet: a cell that starts with a formula
 * character (= + - @, tab, carriage return) gets a leading apostrophe, because page text is attacker-controlled
 * and "=HYPERLINK(...)" in a seller's title must stay text.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell: formula-guarded, then quoted when it holds a quote, comma or line break. */
export function csvCell(value: string | number): string {
  let cell = String(value);
  if (typeof value === 'string' && FORMULA_START.test(cell)) cell = `'${cell}`;
  return NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** One record, CRLF-terminated as RFC 4180 asks. */
export function csvRow(values: readonly (string | number)[]): string {
  return values.map(csvCell).join(',') + '\r\n';
}
