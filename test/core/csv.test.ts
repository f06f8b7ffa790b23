import { describe, expect, it } from 'vitest';
import { csvCell, csvRow } from '../../src/core/csv';

describe('csv', () => {
  it('leaves plain cells and numbers as they are', () => {
    expect(csvCell('oxycodone')).toBe('oxycodone');
    expect(csvCell(42)).toBe('42');
    expect(csvCell(-1)).toBe('-1');
  });

  it('quotes cells with commas, quotes or line breaks, doubling quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
  });

  it('guards text cells that start like a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t']) expect(csvCell(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(csvCell('=A1,B1')).toBe(`"'=A1,B1"`);
  });

  it('ends rows with CRLF', () => {
    expect(csvRow(['a', 1, 'b c'])).toBe('a,1,b c\r\n');
  });
});
