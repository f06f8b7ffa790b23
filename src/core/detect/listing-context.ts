import { SEVERITIES, type Finding } from '../findings';
import type { Category } from '../lexicon/types';

/** Categories that name a drug entity; slang and risk phrases only count next to one of these. */
const DRUG_CATEGORIES: ReadonlySet<Category> = new Set(['controlled', 'analogue', 'precursor', 'rx']);
const CONTEXT_CATEGORIES: ReadonlySet<Category> = new Set(['slang', 'risk']);
/** How many distinct context phrases a reason names. */
const NAMED_CONTEXT = 3;

/**
 * Applies the listing rules to the findings of one listing: without a drug entity (controlled, analogue, precursor,
 * rx, including family and CAS matches) slang and risk matches are dropped; with one, they stay and every drug
 * finding is raised one severity step, saying why ("raised: 'stealth shipping' in the same listing").
 * Returns new findings; the input is not changed.
 */
export function assessListing(findings: readonly Finding[]): Finding[] {
  const hasDrug = findings.some((finding) => DRUG_CATEGORIES.has(finding.category));
  if (!hasDrug) return findings.filter((finding) => !CONTEXT_CATEGORIES.has(finding.category)).map((f) => ({ ...f }));
  const context = [
    ...new Set(findings.filter((f) => CONTEXT_CATEGORIES.has(f.category)).map((f) => f.matched.toLowerCase())),
  ];
  if (context.length === 0) return findings.map((finding) => ({ ...finding }));
  const phrases = context.slice(0, NAMED_CONTEXT).map((phrase) => `'${phrase}'`).join(', ');
  return findings.map((finding) => {
    if (!DRUG_CATEGORIES.has(finding.category)) return { ...finding };
    const step = SEVERITIES.indexOf(finding.severity);
    const raised = step < SEVERITIES.length - 1;
    return {
      ...finding,
      severity: raised ? SEVERITIES[step + 1] : finding.severity,
      reasons: [...finding.reasons, `${raised ? 'raised' : 'also'}: ${phrases} in the same listing`],
    };
  });
}
