/**
 * CSV as RFC 4180 writes it (comma-separated, `"` quoting with `""` inside, CRLF or LF line ends), read record by
 * record with the line each record starts on, so import errors can name the line. A malformed record is reported
 * and skipped; the records around it are kept.
 *
 * Export guards against formula injection: a cell starting with `=`, `+`, `-`, `@`, tab or carriage return would be
 * run as a formula by spreadsheet programs, so it is written with a leading `'` (OWASP's advice), and import removes
 * that `'` again so lists round-trip.
 */

/** One record: its cells and the 1-based line it starts on. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export interface CsvParse {
  records: CsvRecord[];
  errors: { line: number; message: string }[];
}

/** A formula start, or one already behind quote marks: those get one more `'` so import can take exactly one off. */
const NEEDS_GUARD = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

/**
 * Splits CSV text into records; blank lines are skipped. Guarded cells (`'=…`) come back without their `'`.
 * @example parseCsv('term\n"a, b"\n').records // [{ line: 1, cells: ["term"] }, { line: 2, cells: ["a, b"] }]
 */
export function parseCsv(text: string): CsvParse {
  const records: CsvRecord[] = [];
  const errors: CsvParse['errors'] = [];
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let i = 0;
  let line = 1;
  while (i < input.length) {
    const start = line;
    const cells: string[] = [];
    let cell = '';
    let error = '';
    for (;;) {
      if (input[i] === '"' && cell === '') {
        // Quoted cell: runs to the next lone quote, line breaks included.
        i++;
        let closed = false;
        while (i < input.length) {
          if (input[i] === '"') {
            if (input[i + 1] === '"') {
              cell += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (input[i] === '\n') line++;
          cell += input[i++];
        }
        if (!closed) {
          error = 'a quoted value is not closed with "';
          break;
        }
        if (i < input.length && input[i] !== ',' && input[i] !== '\n' && input[i] !== '\r') {
          error = 'unexpected text after a closing quote (write "" for a quote inside a quoted value)';
          break;
        }
      }
      while (i < input.length && input[i] !== ',' && input[i] !== '\n' && input[i] !== '\r') {
        if (input[i] === '"') error ||= 'a quote inside an unquoted value (quote the whole value and write "" for the quote)';
        cell += input[i++];
      }
      cells.push(GUARDED.test(cell) ? cell.slice(1) : cell);
      cell = '';
      if (input[i] === ',') {
        i++;
        continue;
      }
      break;
    }
    if (error) {
      errors.push({ line: start, message: error });
      while (i < input.length && input[i] !== '\n') i++; // skip the rest of the damaged line
    }
    if (input[i] === '\r') i++;
    if (input[i] === '\n') {
      i++;
      line++;
    }
    if (!error && !(cells.length === 1 && cells[0].trim() === '')) records.push({ line: start, cells });
  }
  return { records, errors };
}

/**
 * Writes rows as CSV with CRLF line ends, quoting where needed and guarding formula-like cells with `'`.
 * @example formatCsv([["term"], ["=HYPERLINK(\"x\")"]]) // 'term\r\n"\'=HYPERLINK(""x"")"\r\n'
 */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(formatCell).join(',')).join('\r\n') + '\r\n';
}

function formatCell(value: string): string {
  const guarded = NEEDS_GUARD.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}
