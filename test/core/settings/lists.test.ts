import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src/core/settings';
import { checkListItem, exportList, importList, mergeList, type ListFormat } from '../../../src/core/settings/lists';
import { splitJsonArray } from '../../../src/core/settings/json-array';

const FORMATS: ListFormat[] = ['csv', 'json'];

describe('importList from CSV', () => {
  it('keeps the valid lines and reports each bad one with its line number', () => {
    const csv = ['term,category,name', 'blue footballs,slang,Alprazolam', 'xyz,candy,X', '"a, b",rx,', ',risk,empty', 'zannies,SLANG,Alprazolam'].join('\n');
    const { items, errors } = importList('customTerms', csv, 'csv');
    expect(items).toEqual([
      { term: 'blue footballs', category: 'slang', name: 'Alprazolam' },
      { term: 'a, b', category: 'rx', name: 'a, b' },
      { term: 'zannies', category: 'slang', name: 'Alprazolam' },
    ]);
    expect(errors).toEqual([
      { line: 3, message: `category must be one of ${CATEGORIES.join(', ')}` },
      { line: 5, message: 'term is missing' },
    ]);
  });

  it('reads columns in any order and says which required column is missing', () => {
    expect(importList('customTerms', 'Category,TERM\nrx,zepbound\n', 'csv').items).toEqual([{ term: 'zepbound', category: 'rx', name: 'zepbound' }]);
    const missing = importList('customTerms', 'term,name\nx,y\n', 'csv');
    expect(missing.items).toEqual([]);
    expect(missing.errors).toEqual([{ line: 1, message: expect.stringMatching(/missing: category/) }]);
  });

  it('reports extra values, damaged quoting and unknown columns by line', () => {
    const { items, errors } = importList('allowTerms', 'term,colour\naspirin,red\nfoo,bar,baz\n"broken"x,\nibuprofen,\n', 'csv');
    expect(items).toEqual(['aspirin', 'ibuprofen']);
    expect(errors.map((e) => e.line)).toEqual([1, 3, 4]);
    expect(errors[0].message).toMatch(/colour is not one of/);
  });

  it('checks sites, reference prices and rates', () => {
    const sites = importList('allowSites', 'site\nhttps://Pharmacy.Example.org/shop\nnot a host\nlocalhost\n', 'csv');
    expect(sites.items).toEqual(['pharmacy.example.org']);
    expect(sites.errors.map((e) => e.line)).toEqual([3, 4]);

    const prices = importList('referencePrices', [
      'brand,termId,unit,pricePerUnit,currency,source,date,checked',
      'Ozempic,semaglutide,pen,500,usd,my pharmacy,2026-01,true',
      'Wegovy,semaglutide,pen,"12,5",USD,,,',
      'Wegovy,semaglutide,jar,12,USD,,,',
      'Wegovy,Semaglutide,pen,12,USD,,,',
      'Wegovy,semaglutide,pen,12,dollars,,,',
      'Wegovy,semaglutide,pen,12,USD,,Jan 2026,',
    ].join('\n'), 'csv');
    expect(prices.items).toEqual([
      { brand: 'Ozempic', termId: 'semaglutide', unit: 'pen', pricePerUnit: 500, currency: 'USD', source: 'my pharmacy', date: '2026-01', checked: true },
    ]);
    expect(prices.errors.map((e) => [e.line, e.message.split(' ')[0]])).toEqual([
      [3, 'pricePerUnit'], [4, 'unit'], [5, 'termId'], [6, 'currency'], [7, 'date'],
    ]);

    expect(importList('usdRates', 'currency,perUsd\neur,0.92\nGBP,0\n', 'csv')).toEqual({
      items: [{ currency: 'EUR', perUsd: 0.92 }],
      errors: [{ line: 3, message: expect.stringMatching(/^perUsd must be a positive number/) }],
    });
  });

  it('refuses control and invisible characters in terms', () => {
    expect(checkListItem('allowTerms', { term: 'xa\u200bnax' }).ok).toBe(false);
    expect(checkListItem('allowTerms', { term: '  spaced   out  ' })).toEqual({ ok: true, item: 'spaced out' });
  });
});

describe('importList from JSON', () => {
  it('reads each element on its own line and keeps the good ones when one is broken', () => {
    const json = '[\n  {"term": "blues", "category": "slang"},\n  {"term": "x", "category": "candy"},\n  {"term": oops},\n  "plain",\n  {"term": "ok", "category": "risk", "name": "OK"}\n]';
    const { items, errors } = importList('customTerms', json);
    expect(items).toEqual([{ term: 'blues', category: 'slang', name: 'blues' }, { term: 'ok', category: 'risk', name: 'OK' }]);
    expect(errors).toEqual([
      { line: 3, message: expect.stringMatching(/^category must be one of/) },
      { line: 4, message: 'not valid JSON' },
      { line: 5, message: expect.stringMatching(/^expected an object/) },
    ]);
  });

  it('takes strings or objects for plain lists, and reports an unclosed list', () => {
    const { items, errors } = importList('allowTerms', '["aspirin", {"term": "ibuprofen"},\n 3,\n "para');
    expect(items).toEqual(['aspirin', 'ibuprofen']);
    expect(errors.map((e) => e.line)).toEqual([2, 3, 3]);
  });

  it('says when the text is not a list', () => {
    expect(importList('allowTerms', '\n{"term": "x"}', 'json').errors).toEqual([{ line: 2, message: 'a JSON list must start with [' }]);
    expect(splitJsonArray('["a"] x').errors).toEqual([{ line: 1, message: 'unexpected text after the closing ]' }]);
  });
});

describe('exportList', () => {
  const text = fc.string({ minLength: 1, maxLength: 20 }).map((s) => s.replace(/[\p{Cc}\p{Cf}]/gu, '').trim().replace(/\s+/g, ' ')).filter((s) => /[\p{L}\p{N}]/u.test(s));
  const customTerm = fc.record({ term: text, category: fc.constantFrom(...CATEGORIES), name: text });

  it.each(FORMATS)('round-trips custom terms through %s', (format) => {
    fc.assert(
      fc.property(fc.array(customTerm, { maxLength: 8 }), (terms) => {
        expect(importList('customTerms', exportList('customTerms', terms, format), format)).toEqual({ items: terms, errors: [] });
      }),
    );
  });

  it.each(FORMATS)('round-trips allow-lists, reference prices and rates through %s', (format) => {
    const sites = ['pharmacy.example.org', 'xn--80ak6aa92e.com'];
    expect(importList('allowSites', exportList('allowSites', sites, format), format).items).toEqual(sites);
    const terms = ['=cmd|calc', '-5 mg', 'a "quoted", term'];
    expect(importList('allowTerms', exportList('allowTerms', terms, format), format).items).toEqual(terms);
    const prices = [{ brand: '@Brand', termId: 'semaglutide', unit: 'pen' as const, pricePerUnit: 997.58, currency: 'USD', source: 'WAC, list', date: '2025-01', checked: false }];
    expect(importList('referencePrices', exportList('referencePrices', prices, format), format).items).toEqual(prices);
    const rates = [{ currency: 'EUR', perUsd: 0.960523 }];
    expect(importList('usdRates', exportList('usdRates', rates, format), format).items).toEqual(rates);
  });

  it('never starts an exported CSV cell with a formula character', () => {
    const csv = exportList('customTerms', [{ term: '=HYPERLINK("http://x")', category: 'slang', name: '+SUM(1)' }], 'csv');
    const cells = csv.split(/\r\n/)[1].split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/).map((c) => c.replace(/^"/, ''));
    expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
    expect(cells[0]).toBe(`'=HYPERLINK(""http://x"")"`);
  });
});

describe('mergeList', () => {
  it('replaces items with the same key and appends new ones', () => {
    const merged = mergeList('customTerms', [{ term: 'Blues', category: 'slang', name: 'A' }, { term: 'x', category: 'rx', name: 'x' }], [{ term: 'blues', category: 'risk', name: 'B' }, { term: 'y', category: 'rx', name: 'y' }]);
    expect(merged.map((t) => `${t.term}:${t.category}`)).toEqual(['blues:risk', 'x:rx', 'y:rx']);
  });
});
