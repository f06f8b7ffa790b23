/**
 * A tiny stand-in for the detection engine: findings for a handful of known term ids by plain word match, so the
 * price rules can be tested before `src/core/scan.ts` exists. Not a detector; the terms are the fixtures' own.
 */
import type { Finding } from '../../../src/core/findings';
import type { Category, Schedule } from '../../../src/core/lexicon/types';

interface StandInTerm {
  termId: string;
  name: string;
  category: Category;
  schedule?: Schedule;
  words: string[];
}

export const STAND_IN_TERMS: readonly StandInTerm[] = [
  { termId: 'semaglutide', name: 'Semaglutide', category: 'rx', words: ['semaglutide', 'ozempic', 'wegovy'] },
  { termId: 'tirzepatide', name: 'Tirzepatide', category: 'rx', words: ['tirzepatide', 'mounjaro', 'zepbound'] },
  { termId: 'sildenafil', name: 'Sildenafil', category: 'rx', words: ['sildenafil', 'viagra'] },
  { termId: 'tadalafil', name: 'Tadalafil', category: 'rx', words: ['tadalafil', 'cialis'] },
  { termId: 'alprazolam', name: 'Alprazolam', category: 'controlled', schedule: 'IV', words: ['alprazolam', 'xanax'] },
  { termId: 'oxycodone', name: 'Oxycodone', category: 'controlled', schedule: 'II', words: ['oxycodone', 'oxycontin', 'percocet'] },
  { termId: 'fentanyl', name: 'Fentanyl', category: 'controlled', schedule: 'II', words: ['fentanyl'] },
  { termId: 'carfentanil', name: 'Carfentanil', category: 'controlled', schedule: 'II', words: ['carfentanil'] },
  { termId: 'isotonitazene', name: 'Isotonitazene', category: 'controlled', schedule: 'I', words: ['isotonitazene'] },
  { termId: 'mdma', name: 'MDMA', category: 'controlled', schedule: 'I', words: ['mdma'] },
  { termId: '4-anpp', name: '4-ANPP', category: 'precursor', words: ['4-anpp', '19099-93-5'] },
  { termId: 'npp', name: 'NPP', category: 'precursor', words: ['npp', '39742-60-4'] },
  { termId: 'bmk-glycidate', name: 'BMK glycidate', category: 'precursor', words: ['bmk glycidate', '5413-05-8'] },
  { termId: 'pmk-glycidate', name: 'PMK glycidate', category: 'precursor', words: ['pmk glycidate', '13605-48-6'] },
  { termId: 'family-fentanyl', name: 'Fentanyl analogue (family)', category: 'analogue', words: ['para-fluorofentanyl'] },
];

/** Findings for every stand-in term word in `text` (case-insensitive, whole words). */
export function findingsFor(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const term of STAND_IN_TERMS) {
    for (const word of term.words) {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'giu');
      for (const match of text.matchAll(pattern)) {
        findings.push({
          category: term.category,
          termId: term.termId,
          name: term.name,
          matched: match[0],
          start: match.index,
          end: match.index + match[0].length,
          severity: term.category === 'rx' ? 'low' : 'high',
          ...(term.schedule ? { schedule: term.schedule } : {}),
          reasons: ['stand-in finding for price tests'],
        });
      }
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}
