import { describe, expect, it } from 'vitest';
import { entryReasons, severityOf } from '../../../src/core/detect/severity';
import type { LexiconEntry } from '../../../src/core/lexicon/types';
import { SAMPLE_ENTRIES } from './sample-lexicon';

const entry = (id: string): LexiconEntry => SAMPLE_ENTRIES.find((e) => e.id === id)!;

describe('severity', () => {
  it('follows schedule and category', () => {
    expect(severityOf(entry('fentanyl'))).toBe('critical');
    expect(severityOf(entry('ghb'))).toBe('critical');
    expect(severityOf(entry('acetylfentanyl'))).toBe('critical');
    expect(severityOf(entry('ketamine'))).toBe('high');
    expect(severityOf(entry('npp'))).toBe('high');
    expect(severityOf(entry('phenylacetone'))).toBe('high');
    expect(severityOf(entry('alprazolam'))).toBe('medium');
    expect(severityOf({ ...entry('alprazolam'), schedule: 'V' })).toBe('medium');
    expect(severityOf(entry('semaglutide'))).toBe('medium');
    expect(severityOf(entry('risk-stealth'))).toBe('low');
  });

  it('names the schedule or list with its CFR section', () => {
    expect(entryReasons(entry('fentanyl'))).toEqual(['Schedule II (21 CFR 1308.12)']);
    expect(entryReasons(entry('alprazolam'))).toEqual(['Schedule IV (21 CFR 1308.14)']);
    expect(entryReasons(entry('npp'))).toEqual(['DEA List I (21 CFR 1310.02(a))']);
    expect(entryReasons(entry('phenylacetone'))).toEqual(['Schedule II immediate precursor (21 CFR 1308.12(g))']);
    expect(entryReasons(entry('slang-alprazolam'), 'Alprazolam')).toEqual(['Street name for Alprazolam']);
  });
});
