import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../src/core/findings';
import { flagListings } from '../../../../src/core/price/flag-listings';
import { finding, makeListing } from '../make-listing';

const bmk = finding('bmk-glycidate', 'precursor', { name: 'BMK glycidate' });
const hidden = (title: string, text: string, findings: Finding[]) => {
  const listing = makeListing(title, text, findings);
  return (flagListings([listing]).get(listing) ?? []).filter((f) => f.rule === 'hidden-price');
};

describe('hidden-price', () => {
  it('flags a drug or precursor listing whose price is replaced by a phrase, quoting it', () => {
    const [flag] = hidden('BMK Glycidate CAS 5413-05-8', 'Contact Supplier', [bmk]);
    expect(flag.message).toContain('"Contact Supplier"');
    expect(flag.severity).toBe('medium');
    expect(hidden('Sildenafil 100 mg', 'Ask for Price', [finding('sildenafil', 'rx')])[0].severity).toBe('low');
  });

  it('stays silent with a price, without a drug, without a phrase, and for risk or slang findings only', () => {
    expect(hidden('Alprazolam Tablets 0.5 mg', '₹ 450 / Strip Get Latest Price', [finding('alprazolam', 'controlled')])).toEqual([]);
    expect(hidden('Nitrile gloves', 'Contact Supplier', [])).toEqual([]);
    expect(hidden('BMK Glycidate', 'In stock', [bmk])).toEqual([]);
    expect(hidden('Research chemical', 'Contact Supplier', [finding('risk-research-chemical', 'risk')])).toEqual([]);
  });
});
