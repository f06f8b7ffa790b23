import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCsv, parseCsv } from '../../../src/core/settings/csv';

describe('parseCsv', () => {
  it('reads quoted cells with commas, quotes and line breaks, and names the line each record starts on', () => {
    const { records, errors } = parseCsv('a,b\r\n"x, y","say ""hi"""\n\n"multi\nline",z\nlast,\n');
    expect(errors).toEqual([]);
    expect(records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, y', 'say "hi"'] },
      { line: 4, cells: ['multi\nline', 'z'] },
      { line: 6, cells: ['last', ''] },
    ]);
  });

  it('reports a damaged record by line and keeps the records around it', () => {
    const { records, errors } = parseCsv('h\n"ok"\n"bad"x\nfine\nal"so\nend\n"open\n');
    expect(records.map((r) => r.cells[0])).toEqual(['h', 'ok', 'fine', 'end']);
    expect(errors.map((e) => e.line)).toEqual([3, 5, 7]);
    expect(errors[0].message).toMatch(/after a closing quote/);
    expect(errors[2].message).toMatch(/not closed/);
  });
});

describe('formatCsv', () => {
  it.each(['=HYPERLINK("http://evil","x")', '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx'])('guards the formula-like cell %j', (cell) => {
    const csv = formatCsv([[cell]]);
    // Whatever quoting was needed, the cell as a spreadsheet sees it starts with a quote mark, never the formula.
    expect(csv.replace(/^"/, '').startsWith(`'`)).toBe(true);
    expect(parseCsv(csv).records[0].cells[0]).toBe(cell);
  });

  it('round-trips any table of text', () => {
    const cell = fc.string({ unit: 'grapheme-composite', maxLength: 12 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const parsed = parseCsv(formatCsv(rows));
        expect(parsed.errors).toEqual([]);
        expect(parsed.records.map((r) => r.cells)).toEqual(rows);
      }),
    );
  });
});
