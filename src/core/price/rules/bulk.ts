/** A controlled substance, analogue or precursor offered by weight or volume, or in bulk quantities. */
import type { Finding } from '../../findings';
import { describePrice, describeQuantity, describeUnit } from '../describe-price';
import type { ListingFacts } from '../listing-facts';
import type { PriceSettings } from '../settings';
import type { Quantity } from '../types';
import { bulkMeasure, UNITS } from '../units';
import type { PriceRule, RaisedFlag } from './rule';

const BULK_CATEGORIES: ReadonlySet<Finding['category']> = new Set(['controlled', 'analogue', 'precursor']);

export const bulk: PriceRule = {
  id: 'bulk',
  summary: 'A controlled substance, analogue or precursor priced by weight or volume (/kg, /g, /L) or in bulk (≥ 100 g, ≥ 1 L, ≥ 1,000 dosage units).',
  scope: 'listing',
  check(page, settings) {
    const raised: RaisedFlag[] = [];
    for (const facts of page) {
      if (!facts.price) continue;
      const finding = facts.drugFindings.find((f) => BULK_CATEGORIES.has(f.category));
      if (!finding) continue;
      const reason = bulkReason(facts, settings);
      if (!reason) continue;
      raised.push({
        listing: facts,
        flag: {
          rule: 'bulk',
          severity: finding.category === 'analogue' ? 'critical' : 'high',
          message: `${finding.name} (${finding.category}) ${reason}; price ${describePrice(facts.price)}`,
        },
      });
    }
    return raised;
  },
};

function bulkReason(facts: ListingFacts, settings: PriceSettings): string | null {
  const per = facts.price?.per;
  if (per && bulkMeasure(per) !== null) return `offered by ${UNITS[per.unit].kind === 'mass' ? 'weight' : 'volume'} (per ${describeUnit(per.unit)})`;
  const candidates: [string, Quantity | null | undefined][] = [
    ['per price', per],
    ['in the title', facts.quantity],
    ['as minimum order', facts.minimumOrder],
  ];
  for (const [where, quantity] of candidates) {
    if (quantity && isBulk(quantity, settings)) return `offered in bulk: ${describeQuantity(quantity)} ${where}`;
  }
  return null;
}

function isBulk(quantity: Quantity, settings: PriceSettings): boolean {
  const measure = bulkMeasure(quantity);
  const kind = UNITS[quantity.unit].kind;
  if (kind === 'mass') return measure !== null && measure >= settings.bulkMinimumGrams;
  if (kind === 'volume') return measure !== null && measure >= settings.bulkMinimumMillilitres;
  return kind === 'dose' && quantity.value >= settings.bulkMinimumDoseUnits;
}
