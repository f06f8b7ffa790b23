import type { Category, Schedule } from './lexicon/types';

/** How much a finding matters, lowest to highest. */
export type Severity = 'info' | 'low' | 'medium' | 'high' | 'critical';
export const SEVERITIES: readonly Severity[] = ['info', 'low', 'medium', 'high', 'critical'];

/**
 * One mention of a regulated term in a text.
 * Offsets are UTF-16 code units into the original (un-normalised) text; `start` inclusive, `end` exclusive.
 */
export interface Finding {
  category: Category;
  /** Lexicon entry id, or a family rule id for family matches. */
  termId: string;
  /** Canonical name of the entry, e.g. "Alprazolam". */
  name: string;
  /** The text exactly as written on the page: `text.slice(start, end)`. */
  matched: string;
  start: number;
  end: number;
  severity: Severity;
  schedule?: Schedule;
  list?: string;
  cas?: string;
  /** Human-readable reasons, e.g. "Schedule II (21 CFR 1308.12)", "matched through homoglyph folding". */
  reasons: string[];
}

/** A flag raised by a price rule on a listing; `message` explains it with its numbers. */
export interface PriceFlag {
  rule: 'below-reference' | 'bulk' | 'hidden-price' | 'page-outlier' | 'offered';
  severity: Severity;
  message: string;
}
