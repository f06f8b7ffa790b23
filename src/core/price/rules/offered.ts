/** Any price attached to a Schedule I substance, a fentanyl analogue or a nitazene. */
import type { Finding } from '../../findings';
import { describePrice } from '../describe-price';
import type { PriceRule, RaisedFlag } from './rule';

/** Pinned ids of fentanyl analogues and nitazenes whose lexicon entry may carry another category or schedule. */
const ANALOGUE_IDS: ReadonlySet<string> = new Set([
  'carfentanil', 'acetylfentanyl', 'furanylfentanyl', 'acrylfentanyl', 'ocfentanil', 'butyrfentanyl',
  'isotonitazene', 'metonitazene', 'protonitazene', 'etonitazene',
]);

/** Why a finding may never be offered at any price, or null. */
function forbiddenBecause(finding: Finding): string | null {
  if (finding.category === 'analogue') return 'analogue';
  if (finding.termId.startsWith('family-')) return `member of ${finding.termId.slice('family-'.length)} family`;
  if (ANALOGUE_IDS.has(finding.termId)) return /nitazene/.test(finding.termId) ? 'nitazene' : 'fentanyl analogue';
  if (finding.schedule === 'I') return 'Schedule I';
  return null;
}

export const offered: PriceRule = {
  id: 'offered',
  summary: 'Any price at all attached to a Schedule I substance, a fentanyl analogue or a nitazene.',
  scope: 'listing',
  check(page) {
    const raised: RaisedFlag[] = [];
    for (const facts of page) {
      if (!facts.price) continue;
      for (const finding of facts.listing.findings) {
        const because = forbiddenBecause(finding);
        if (!because) continue;
        raised.push({
          listing: facts,
          flag: {
            rule: 'offered',
            severity: 'critical',
            message: `${finding.name} (${because}) offered for sale at ${describePrice(facts.price)}`,
          },
        });
        break;
      }
    }
    return raised;
  },
};
