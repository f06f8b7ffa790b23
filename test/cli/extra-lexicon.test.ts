import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExtraLexiconError, readExtraLexicon } from '../../src/cli/extra-lexicon';
import { temporaryDirectory } from './run-cli';

const source = { document: 'Test', section: 'n/a', date: '2026-11-24' };
const validEntry = { id: 'zylofam', name: 'Zylofam', category: 'rx', terms: ['zylofam'], source };

function lexiconFile(content: unknown): string {
  const path = join(temporaryDirectory(), 'lexicon.json');
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

function problemWith(content: unknown): string {
  const path = lexiconFile(content);
  try {
    readExtraLexicon(path);
  } catch (error) {
    expect(error).toBeInstanceOf(ExtraLexiconError);
    return (error as Error).message.replace(`${path}: `, '');
  }
  throw new Error('expected readExtraLexicon to throw');
}

describe('readExtraLexicon', () => {
  it('reads an array of entries or a lexicon file with "entries"', () => {
    expect(readExtraLexicon(lexiconFile([validEntry]))).toEqual([validEntry]);
    expect(readExtraLexicon(lexiconFile({ lexiconVersion: 'x', description: 'y', entries: [validEntry] }))).toEqual([
      validEntry,
    ]);
  });

  it('accepts a CAS number with a valid check digit', () => {
    const entry = { ...validEntry, category: 'precursor', cas: ['79099-07-3'] };
    expect(readExtraLexicon(lexiconFile([entry]))).toEqual([entry]);
  });

  it('names the problem: JSON, shape, fields, CAS check digit, duplicate ids', () => {
    expect(problemWith('[{')).toMatch(/^invalid JSON/);
    expect(problemWith({ entries: 'no' })).toBe('expected an array of lexicon entries or an object with "entries"');
    expect(problemWith([{ ...validEntry, id: 'Has Spaces' }])).toMatch(
      /^entry 0 \("Has Spaces"\): "id" must be lower-case/,
    );
    expect(problemWith([{ ...validEntry, category: 'food' }])).toMatch(/^entry 0 \("zylofam"\): "category" must be/);
    expect(problemWith([{ ...validEntry, terms: 'zylofam' }])).toBe(
      'entry 0 ("zylofam"): "terms" must be an array of strings',
    );
    expect(problemWith([{ ...validEntry, terms: [' '] }])).toBe('entry 0 ("zylofam"): terms must not be empty');
    expect(problemWith([{ ...validEntry, schedule: 'VI' }])).toMatch(/"schedule" must be one of I, II/);
    expect(problemWith([{ ...validEntry, cas: ['79099-07-4'] }])).toMatch(/CAS number "79099-07-4"/);
    expect(problemWith([{ ...validEntry, source: { document: 'x' } }])).toMatch(/"source" must be an object/);
    expect(problemWith([validEntry, validEntry])).toBe('entry 1 ("zylofam"): id "zylofam" appears twice');
  });
});
