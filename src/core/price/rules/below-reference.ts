/** A branded prescription drug priced far below its legitimate reference price per unit. */
import { describeMoney, describeShare, describeUnitPrice } from '../describe-price';
import { findReferencePrice } from '../reference-prices';
import { toUsd } from '../usd-rates';
import { UNITS } from '../units';
import type { PriceRule, RaisedFlag } from './rule';

export const belowReference: PriceRule = {
  id: 'below-reference',
  summary: 'A branded prescription drug priced below a share (default 30 %) of its reference price per unit.',
  scope: 'listing',
  check(page, settings) {
    const raised: RaisedFlag[] = [];
    for (const facts of page) {
      const unitPrice = facts.unitPrice;
      if (!facts.price || !unitPrice || unitPrice.usd === null) continue;
      // A price by weight or volume is not comparable with a price per pen or tablet.
      if (UNITS[unitPrice.unit].kind === 'mass' || UNITS[unitPrice.unit].kind === 'volume') continue;
      const listingText = `${facts.listing.title ?? ''}\n${facts.listing.text}`;
      for (const finding of facts.drugFindings) {
        const reference = findReferencePrice(finding.termId, listingText, settings.referencePrices);
        if (!reference) continue;
        const referenceUsd = toUsd(reference.pricePerUnit, reference.currency, settings.usdRates, settings.usdRateOverrides);
        if (!referenceUsd) continue;
        const share = unitPrice.usd / referenceUsd;
        if (share >= settings.belowReferenceShare) continue;
        const checked = reference.checked ? '' : ', not verified';
        raised.push({
          listing: facts,
          flag: {
            rule: 'below-reference',
            severity: 'high',
            message:
              `${reference.brand}: ${describeUnitPrice(unitPrice)}; reference ${describeMoney(reference.pricePerUnit, reference.currency)} ` +
              `per ${reference.unit} (${reference.source}, ${reference.date}${checked}); ${describeShare(share)} ` +
              `(threshold ${describeShare(settings.belowReferenceShare)})`,
          },
        });
        break;
      }
    }
    return raised;
  },
};
