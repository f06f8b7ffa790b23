import { compileLexicon } from '../../../src/core/lexicon/compile';
import type { FamilyRule, LexiconEntry, Source } from '../../../src/core/lexicon/types';

const source: Source = { document: 'test fixture', section: '-', date: '2026-11-24' };

/** A small lexicon with one entry of every kind the detectors treat differently. */
export const SAMPLE_ENTRIES: LexiconEntry[] = [
  { id: 'fentanyl', name: 'Fentanyl', category: 'controlled', schedule: 'II', terms: ['fentanyl'], i18n: { zh: ['芬太尼'], ru: ['фентанил'], es: ['fentanilo'] }, source },
  { id: 'acetylfentanyl', name: 'Acetyl fentanyl', category: 'analogue', schedule: 'I', terms: ['acetylfentanyl'], source },
  { id: 'alprazolam', name: 'Alprazolam', category: 'controlled', schedule: 'IV', terms: ['alprazolam', 'Xanax'], source },
  { id: 'ketamine', name: 'Ketamine', category: 'controlled', schedule: 'III', terms: ['ketamine'], source },
  { id: 'codeine', name: 'Codeine', category: 'controlled', schedule: 'II', terms: ['codeine'], denyAfter: ['codeine phosphate syrup recipe'], source },
  { id: 'ghb', name: 'GHB', category: 'controlled', schedule: 'I', terms: ['gamma-hydroxybutyrate'], exact: ['GHB'], source },
  { id: 'npp', name: 'NPP', category: 'precursor', list: 'DEA List I', terms: ['N-phenethyl-4-piperidone'], exact: ['NPP'], cas: ['39742-60-4'], source },
  { id: 'phenylacetone', name: 'Phenylacetone', category: 'precursor', list: 'Schedule II immediate precursor', schedule: 'II', terms: ['phenylacetone'], cas: ['103-79-7'], source },
  { id: 'semaglutide', name: 'Semaglutide', category: 'rx', terms: ['semaglutide', 'Ozempic'], source },
  { id: 'slang-alprazolam', name: 'Xanax street names', category: 'slang', refersTo: 'alprazolam', terms: ['zanbars'], exact: ['bars'], source },
  { id: 'risk-stealth', name: 'Stealth shipping', category: 'risk', terms: ['stealth shipping', 'discreet shipping'], source },
];

export const SAMPLE_FAMILIES: FamilyRule[] = [
  { id: 'fentanyl-family', name: 'Fentanyl-related substances', suffix: 'fentanyl', category: 'analogue', source },
  { id: 'nitazene-family', name: 'Nitazenes', suffix: 'nitazene', category: 'analogue', source },
];

export const sampleLexicon = () => compileLexicon(SAMPLE_ENTRIES, SAMPLE_FAMILIES, '1.0.0');
