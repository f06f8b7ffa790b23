import { describe, expect, it } from 'vitest';
import { LIMITS, parseContentMessage, type ListingSummary, type PageFindings } from '../../src/core/messages';
import { pageDelta, sentPage } from '../../src/core/page-delta';

const listing: ListingSummary = {
  key: 'L0',
  title: 'Xanax 2mg',
  priceFlags: [],
  findings: [
    {
      id: 'f0', category: 'controlled', termId: 'alprazolam', name: 'Alprazolam', matched: 'Xanax', start: 0, end: 5,
      severity: 'high', reasons: ['Schedule IV (21 CFR 1308.14)'], context: { before: '', after: ' 2mg' },
    },
  ],
};
const page: PageFindings = { url: 'https://shop.example/', title: 'Shop', listings: [listing], scannedAt: '2026-11-24T12:00:00.000Z', partial: false };
const delta = pageDelta(sentPage({ ...page, listings: [] }, { source: 'abc', seq: 1 }), page, 2);

describe('parseContentMessage', () => {
  it('accepts a whole report and a change, numbered', () => {
    expect(parseContentMessage({ type: 'page-findings', page, source: 'abc', seq: 1 })).toEqual({ type: 'page-findings', page, source: 'abc', seq: 1 });
    expect(parseContentMessage({ type: 'page-findings-delta', delta })).toEqual({ type: 'page-findings-delta', delta });
  });

  it.each([
    ['a whole report without its number', { type: 'page-findings', page, source: 'abc' }],
    ['a whole report with a fractional number', { type: 'page-findings', page, source: 'abc', seq: 1.5 }],
    ['a change without its base', { type: 'page-findings-delta', delta: { ...delta, base: undefined } }],
    ['a change with a key that is not a string', { type: 'page-findings-delta', delta: { ...delta, keys: [7] } }],
    ['a change with too many keys', { type: 'page-findings-delta', delta: { ...delta, keys: Array.from({ length: LIMITS.listings + 1 }, (_, i) => `L${i}`) } }],
    ['a change with a malformed listing', { type: 'page-findings-delta', delta: { ...delta, upsert: [{ ...listing, findings: 'none' }] } }],
    ['a change with an overlong source', { type: 'page-findings-delta', delta: { ...delta, source: 'x'.repeat(41) } }],
    ['a change without its page fields', { type: 'page-findings-delta', delta: { ...delta, url: undefined } }],
  ])('refuses %s', (_, message) => {
    expect(parseContentMessage(message)).toBeNull();
  });
});
