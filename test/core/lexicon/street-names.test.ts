import { describe, expect, it } from 'vitest';
import { assessListing, createScanner } from '../../../src/core/scan';

const scanner = createScanner();
/** Drug findings that survive the listing rules when `text` is a whole listing. */
const drugsIn = (text: string): string[] =>
  assessListing(scanner.scanText(text))
    .filter((finding) => !['slang', 'risk'].includes(finding.category))
    .map((finding) => finding.termId);

describe('street names that are effectively a drug\'s name', () => {
  it('count as the drug itself, with its schedule', () => {
    const cases: [string, string][] = [
      ['14G CARTEL METH', 'methamphetamine'], ['Pure Crystal Meth', 'methamphetamine'],
      ['SUPERMAN XTC PILLS', 'mdma'], ['Dutch Ecstasy pills', 'mdma'], ['300MG Dutch Ecstacy Pills', 'mdma'],
      ['promo speed paste', 'amphetamine'], ['Kokain 90%', 'cocaine'], ['Ketamin S-isomer', 'ketamine'],
    ];
    for (const [text, id] of cases) expect(drugsIn(text), text).toEqual([id]);
    expect(scanner.scanText('meth')[0]).toMatchObject({ category: 'controlled', schedule: 'II' });
  });

  it('match only as written, since they are short or ordinary words', () => {
    for (const text of ['m3th', 'm.e.t.h', 'ХТС', '3cstasy', 'ecst@sy']) expect(drugsIn(text), text).toEqual([]);
  });

  it('leave ordinary words that are only slang as context', () => {
    const words = ['crystal', 'glass', 'ice', 'rolls', 'gear', 'bars', 'carts', 'speed', 'weed', 'hash', 'crack', 'coke', 'molly'];
    for (const word of words) expect(drugsIn(`Premium ${word} for sale`), word).toEqual([]);
    expect(scanner.scanText('crystal glass ice').every((finding) => finding.category === 'slang')).toBe(true);
  });
});
