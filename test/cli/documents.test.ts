import { describe, expect, it } from 'vitest';
import { readDocuments, sniffInputKind } from '../../src/cli/documents';

describe('sniffInputKind', () => {
  it('recognises JSON lines by a first line that is a JSON object', () => {
    expect(sniffInputKind('\n  {"id": 1, "text": "x"}\n{"id": 2}')).toBe('jsonl');
    expect(sniffInputKind('{not json} but text')).toBe('text');
    expect(sniffInputKind('[1, 2]')).toBe('text');
  });

  it('recognises HTML by a leading "<" and takes everything else as text', () => {
    expect(sniffInputKind('  <!doctype html><p>x</p>')).toBe('html');
    expect(sniffInputKind('plain words <b>later</b>')).toBe('text');
    expect(sniffInputKind('')).toBe('text');
  });
});

describe('readDocuments', () => {
  it('drops a byte order mark and keeps reading JSON lines after a bad one', () => {
    const input = '\ufeff{"id": "a", "text": "one"}\r\n[]\r\n{"id": "c", "html": "<p>t<b>w</b>o</p>"}\r\n';
    const items = [...readDocuments({ kind: 'file', path: '-' }, () => input)];
    expect(items).toEqual([
      { kind: 'document', id: 'a', text: 'one' },
      { kind: 'problem', source: '<stdin>', line: 2, message: 'expected a JSON object with "text" or "html"' },
      { kind: 'document', id: 'c', text: 'two' },
    ]);
  });
});
