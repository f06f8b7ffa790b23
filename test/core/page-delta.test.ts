import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ListingSummary, PageFindings } from '../../src/core/messages';
import { applyPageDelta, pageDelta, sentPage } from '../../src/core/page-delta';

const listing = (key: string, title: string): ListingSummary => ({ key, title, priceFlags: [], findings: [] });
const page = (listings: ListingSummary[], partial = false): PageFindings => ({
  url: 'https://shop.example/results',
  title: 'Results',
  listings,
  scannedAt: '2026-11-24T12:00:00.000Z',
  partial,
});

describe('page deltas', () => {
  it('carry only the listings that are new or changed, and every key in order', () => {
    const a = listing('L0', 'Chair');
    const b = listing('L1', 'Xanax 2mg');
    const first = page([a, b]);
    const changedB = listing('L1', 'Xanax 2mg bars');
    const c = listing('L2', 'Ketamine');
    const delta = pageDelta(sentPage(first, { source: 's', seq: 1 }), page([c, a, changedB]), 2);
    expect(delta).toMatchObject({ source: 's', base: 1, seq: 2, keys: ['L2', 'L0', 'L1'] });
    expect(delta.upsert).toEqual([c, changedB]);
    expect(applyPageDelta(first, delta)).toEqual(page([c, a, changedB]));
  });

  it('applied in order, rebuild every page of a changing sequence exactly', () => {
    // Each step keeps, drops, changes or adds listings and shuffles them; the background side starts from the first page.
    const step = fc.record({
      keep: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
      change: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
      added: fc.integer({ min: 0, max: 3 }),
      order: fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
      partial: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 8 }), (steps) => {
        let next = 0;
        let current = page([listing(`L${next++}`, 'first')]);
        let sent = sentPage(current, { source: 's', seq: 1 });
        let held: PageFindings | null = current;
        steps.forEach((s, i) => {
          const kept = current.listings
            .filter((_, k) => s.keep[k % 8])
            .map((l, k) => (s.change[k % 8] ? listing(l.key, `${l.title} changed ${i}`) : l));
          for (let n = 0; n < s.added; n++) kept.push(listing(`L${next++}`, `new ${i}`));
          const shuffled = kept.map((l, k) => ({ l, at: s.order[k % 12] })).sort((x, y) => x.at - y.at).map((x) => x.l);
          current = page(shuffled, s.partial);
          const delta = pageDelta(sent, current, i + 2);
          held = applyPageDelta(held!, delta);
          sent = sentPage(current, { source: 's', seq: i + 2 });
          expect(held).toEqual(current);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('cannot be applied to a page that lacks a listing they do not carry', () => {
    const a = listing('L0', 'Chair');
    const first = page([a]);
    const delta = pageDelta(sentPage(first, { source: 's', seq: 1 }), page([a, listing('L1', 'Xanax')]), 2);
    expect(applyPageDelta(page([]), delta)).toBeNull();
  });
});
