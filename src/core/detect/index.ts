/** Every detector, registered once, in the order they run (earlier ones claim matches first). */
import { casNumbersDetector } from './cas-numbers';
import type { Detector } from './detector';
import { familySuffixDetector } from './family-suffix';
import { lexiconTermsDetector } from './lexicon-terms';

export const DETECTORS: readonly Detector[] = [lexiconTermsDetector, familySuffixDetector, casNumbersDetector];

export type { DetectionContext, Detector } from './detector';
export { isVerifiedMatch } from './verify-match';
