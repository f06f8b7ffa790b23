import { describe, expect, it } from 'vitest';
import { assessListing } from '../../../src/core/detect/listing-context';
import type { Finding } from '../../../src/core/findings';

function finding(category: Finding['category'], matched: string, severity: Finding['severity'] = 'low'): Finding {
  return { category, termId: matched, name: matched, matched, start: 0, end: matched.length, severity, reasons: [] };
}

describe('assessListing', () => {
  it('drops slang and risk phrases without a drug entity', () => {
    expect(assessListing([finding('slang', 'bars'), finding('risk', 'stealth shipping')])).toEqual([]);
  });

  it('keeps them next to a drug entity and raises every drug finding one step', () => {
    const input = [finding('controlled', 'Xanax', 'medium'), finding('precursor', 'NPP', 'high'), finding('risk', 'Stealth Shipping')];
    const result = assessListing(input);
    expect(result.map((f) => [f.matched, f.severity])).toEqual([
      ['Xanax', 'high'],
      ['NPP', 'critical'],
      ['Stealth Shipping', 'low'],
    ]);
    expect(result[0].reasons).toEqual(["raised: 'stealth shipping' in the same listing"]);
    expect(input[0].severity).toBe('medium');
  });

  it('raises once however many context phrases there are, and cannot go past critical', () => {
    const result = assessListing([finding('analogue', 'x', 'critical'), finding('rx', 'Ozempic', 'medium'), finding('slang', 'a'), finding('risk', 'b')]);
    expect(result.map((f) => f.severity)).toEqual(['critical', 'high', 'low', 'low']);
    expect(result[0].reasons).toEqual(["also: 'a', 'b' in the same listing"]);
  });

  it('leaves drug findings alone without context', () => {
    const input = [finding('rx', 'Ozempic', 'medium')];
    expect(assessListing(input)).toEqual(input);
  });
});
