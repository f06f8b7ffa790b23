import { describe, expect, it } from 'vitest';
import { isValidCas } from '../../../src/core/cas';
import type { FamilyRule, LexiconEntry, LexiconFile } from '../../../src/core/lexicon/types';
import analogueJson from '../../../src/core/lexicon/data/analogue.json';
import familiesJson from '../../../src/core/lexicon/data/families.json';

const analogues = analogueJson as LexiconFile;
const entries: LexiconEntry[] = analogues.entries;
const byId = new Map(entries.map((entry) => [entry.id, entry]));
const families = familiesJson as { lexiconVersion: string; description: string; families: FamilyRule[] };

const PINNED_IDS = [
  'acetylfentanyl', 'furanylfentanyl', 'acrylfentanyl', 'ocfentanil', 'butyrfentanyl', 'u-47700',
  'isotonitazene', 'metonitazene', 'protonitazene', 'etonitazene',
];

/** Substances that belong to other files: schedule II fentanyls (controlled.json) and xylazine (not scheduled). */
const NOT_HERE = ['fentanyl', 'carfentanil', 'sufentanil', 'alfentanil', 'remifentanil', 'xylazine'];

/** Drug codes as printed in the eCFR text of 21 CFR 1308.11 that was read (see docs/lexicon-sources.md). */
const CFR_1308_11_CODES: Record<string, string> = {
  acetylfentanyl: '9821', 'ah-7921': '9551', 'alpha-methylfentanyl': '9814', '3-methylfentanyl': '9813',
  'mt-45': '9560', 'para-fluorofentanyl': '9812', thiofentanyl: '9835', clonitazene: '9612', etonitazene: '9624',
  butyrfentanyl: '9822', 'u-47700': '9547', furanylfentanyl: '9834', acrylfentanyl: '9811',
  'ortho-fluorofentanyl': '9816', 'methoxyacetyl-fentanyl': '9825', 'cyclopropyl-fentanyl': '9845',
  'valeryl-fentanyl': '9804', 'fentanyl-related-substances': '9850', mppp: '9661', pepap: '9663',
};

describe('analogue.json shape', () => {
  // Sold as analogues, but no federal scheduling action was found for them: they claim no schedule.
  const UNSCHEDULED = ['u-48800'];

  it('is version 2026.11.3 and every entry is a schedule I analogue, but the ones with no scheduling found', () => {
    expect(analogues.lexiconVersion).toBe('2026.11.3');
    expect(entries.length).toBeGreaterThan(40);
    for (const entry of entries) {
      expect(entry.category, entry.id).toBe('analogue');
      expect(entry.schedule, entry.id).toBe(UNSCHEDULED.includes(entry.id) ? undefined : 'I');
    }
  });

  it('has unique lower-case kebab-case ids', () => {
    const ids = entries.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('gives every entry terms and a dated source', () => {
    for (const entry of entries) {
      expect(entry.terms.length, entry.id).toBeGreaterThan(0);
      expect(entry.source.document.length, entry.id).toBeGreaterThan(0);
      expect(entry.source.section.length, entry.id).toBeGreaterThan(0);
      expect(entry.source.date, entry.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('writes every CAS number canonically with a valid check digit, each owned by one entry', () => {
    const owner = new Map<string, string>();
    for (const entry of entries) {
      for (const cas of entry.cas ?? []) {
        expect(isValidCas(cas), `${entry.id}: ${cas}`).toBe(true);
        expect(owner.get(cas), `${cas} in ${entry.id}`).toBeUndefined();
        owner.set(cas, entry.id);
      }
    }
  });

  it('uses four-digit drug codes, each for one substance', () => {
    const seen = new Map<string, string>();
    for (const entry of entries) {
      if (entry.deaCode === undefined) continue;
      expect(entry.deaCode, entry.id).toMatch(/^\d{4}$/);
      expect(seen.get(entry.deaCode), `${entry.deaCode} in ${entry.id}`).toBeUndefined();
      seen.set(entry.deaCode, entry.id);
    }
  });
});

describe('analogue.json content', () => {
  it('holds every pinned analogue id and none of the substances that belong elsewhere', () => {
    for (const id of PINNED_IDS) expect(byId.has(id), id).toBe(true);
    for (const id of NOT_HERE) expect(byId.has(id), id).toBe(false);
  });

  it('carries the drug codes printed in 21 CFR 1308.11', () => {
    for (const [id, code] of Object.entries(CFR_1308_11_CODES)) expect(byId.get(id)?.deaCode, id).toBe(code);
  });

  it('maps the CAS numbers read in FDA substance records to the right analogues', () => {
    expect(byId.get('acetylfentanyl')?.cas).toContain('3258-84-2');
    expect(byId.get('3-methylfentanyl')?.cas).toContain('42045-86-3');
    expect(byId.get('isotonitazene')?.cas).toContain('14188-81-9');
  });

  it('maps the nitazene CAS numbers two public tables agree on', () => {
    expect(byId.get('etonitazene')?.cas).toEqual(['911-65-9']);
    expect(byId.get('metonitazene')?.cas).toEqual(['14680-51-4']);
    // Public tables disagree on protonitazene (95958-84-2 vs 119276-01-6): neither is in the lexicon until checked.
    expect(byId.get('protonitazene')?.cas).toBeUndefined();
  });

  it('names the nitazenes scheduled since 2022, including the nitazepynes', () => {
    for (const id of ['butonitazene', 'etodesnitazene', 'flunitazene', 'metodesnitazene', 'n-pyrrolidino-etonitazene',
      'n-desethyl-isotonitazene', 'n-piperidinyl-etonitazene', 'n-pyrrolidino-protonitazene']) {
      expect(byId.has(id), id).toBe(true);
    }
    expect(byId.get('n-pyrrolidino-etonitazene')?.terms).toContain('etonitazepyne');
    expect(byId.get('n-pyrrolidino-protonitazene')?.terms).toContain('protonitazepyne');
  });
});

describe('families.json', () => {
  it('has the fentanyl, nitazene and nitazepyne families with their suffixes and dated sources', () => {
    expect(families.lexiconVersion).toBe('2026.11.0');
    const suffixOf = new Map(families.families.map((family) => [family.id, family.suffix]));
    expect(suffixOf.get('fentanyl')).toBe('fentanyl');
    expect(suffixOf.get('nitazene')).toBe('nitazene');
    expect(suffixOf.get('nitazepyne')).toBe('nitazepyne');
    expect(suffixOf.get('fentanil')).toBe('fentanil');
    for (const family of families.families) {
      expect(family.category, family.id).toBe('analogue');
      expect(family.source.date, family.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(family.suffix, family.id).toBe(family.suffix.toLowerCase());
    }
  });

  it('catches the named analogues by suffix, as the family rules promise', () => {
    const suffixes = families.families.map((family) => family.suffix);
    const caught = (word: string) => suffixes.some((suffix) => word.toLowerCase().endsWith(suffix));
    for (const id of ['acetylfentanyl', 'furanylfentanyl', 'isotonitazene', 'butonitazene']) {
      expect(byId.get(id)?.terms.some(caught), id).toBe(true);
    }
    expect(caught('etonitazepyne')).toBe(true);
    expect(caught('ocfentanil')).toBe(true);
    expect(caught('fentanyl citrate')).toBe(false);
  });
});
