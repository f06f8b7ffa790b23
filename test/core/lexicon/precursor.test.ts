import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isValidCas } from '../../../src/core/cas';
import type { LexiconEntry, LexiconFile } from '../../../src/core/lexicon/types';
import precursorJson from '../../../src/core/lexicon/data/precursor.json';

const precursors = precursorJson as LexiconFile;
const entries: LexiconEntry[] = precursors.entries;
const byId = new Map(entries.map((entry) => [entry.id, entry]));

/** Ids pinned in the project brief: translations and slang refer to them. */
const PINNED_IDS = [
  'ephedrine', 'pseudoephedrine', 'phenylacetone', 'npp', '4-anpp', '4-ap', '1-boc-4-ap', '4-piperidone',
  '1-boc-4-piperidone', 'bmk-glycidate', 'pmk-glycidate', 'apaan', 'safrole', 'piperonal', '3-4-mdp-2-p',
  'lysergic-acid', 'ergotamine', 'red-phosphorus', 'iodine', 'gbl', '1-4-butanediol',
];

/**
 * Listed chemicals whose CAS number could not be confirmed against a source this round
 * (docs/lexicon-sources.md): they stay in the lexicon by name only. Keep this list short and explained.
 */
const CAS_NOT_CONFIRMED = new Set([
  'n-methylpseudoephedrine', 'pcc', 'ergocristine', 'benzylfentanyl', '2-bromo-4-methylpropiophenone', '2-bromovalerophenone',
]);

/** DEA Chemical Code Numbers as printed in 21 CFR 1310.02(a)(1)-(37) and (b)(1)-(11), read in the eCFR text. */
const CFR_1310_02_CODES: Record<string, string> = {
  apaan: '8512', 'anthranilic-acid': '8530', 'benzyl-cyanide': '8735', ephedrine: '8113', ergonovine: '8675',
  ergotamine: '8676', 'n-acetylanthranilic-acid': '8522', norpseudoephedrine: '8317', 'phenylacetic-acid': '8791',
  phenylpropanolamine: '1225', piperidine: '2704', pseudoephedrine: '8112', '3-4-mdp-2-p': '8502',
  methylamine: '8520', ethylamine: '8678', 'propionic-anhydride': '8328', isosafrole: '8704', safrole: '8323',
  piperonal: '8750', 'n-methylephedrine': '8115', 'n-methylpseudoephedrine': '8119', 'hydriodic-acid': '6695',
  benzaldehyde: '8256', nitroethane: '6724', gbl: '2011', 'red-phosphorus': '6795', 'white-phosphorus': '6796',
  'hypophosphorous-acid': '6797', npp: '8332', iodine: '6699', ergocristine: '8612', benzylfentanyl: '8334',
  '4-ap': '8335', 'pmk-glycidate': '8535', 'pmk-glycidic-acid': '8525', apaa: '8515', mapa: '8795',
  'acetic-anhydride': '8519', acetone: '6532', 'benzyl-chloride': '8570', 'ethyl-ether': '6584',
  'potassium-permanganate': '6579', 'methyl-ethyl-ketone': '6714', toluene: '6594', 'hydrochloric-acid': '6545',
  'sulfuric-acid': '6552', 'methyl-isobutyl-ketone': '6715', 'sodium-permanganate': '6588',
};

describe('precursor.json shape', () => {
  it('is version 2026.11.1 and every entry is a precursor', () => {
    expect(precursors.lexiconVersion).toBe('2026.11.1');
    expect(entries.length).toBeGreaterThan(50);
    for (const entry of entries) expect(entry.category, entry.id).toBe('precursor');
  });

  it('has unique lower-case kebab-case ids', () => {
    const ids = entries.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('gives every entry a name, terms, a list and a dated source', () => {
    for (const entry of entries) {
      expect(entry.name.length, entry.id).toBeGreaterThan(0);
      expect(entry.terms.length, entry.id).toBeGreaterThan(0);
      expect(entry.list, entry.id).toBeTruthy();
      expect(entry.source.document.length, entry.id).toBeGreaterThan(0);
      expect(entry.source.section.length, entry.id).toBeGreaterThan(0);
      expect(entry.source.date, entry.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(entry.source.date)), entry.id).toBe(false);
    }
  });

  it('gives every precursor at least one CAS number, except the few documented as unconfirmed', () => {
    for (const entry of entries) {
      if (CAS_NOT_CONFIRMED.has(entry.id)) {
        expect(entry.cas ?? [], `${entry.id} is listed as unconfirmed`).toEqual([]);
      } else {
        expect(entry.cas?.length ?? 0, entry.id).toBeGreaterThan(0);
      }
    }
    for (const id of CAS_NOT_CONFIRMED) expect(byId.has(id), id).toBe(true);
  });

  it('writes every CAS number canonically with a valid check digit', () => {
    for (const entry of entries) {
      for (const cas of entry.cas ?? []) {
        expect(cas, entry.id).toMatch(/^[1-9]\d{1,6}-\d{2}-\d$/);
        expect(isValidCas(cas), `${entry.id}: ${cas}`).toBe(true);
      }
    }
  });

  it('never gives one CAS number to two entries', () => {
    const owner = new Map<string, string>();
    for (const entry of entries) {
      for (const cas of entry.cas ?? []) {
        expect(owner.get(cas), `${cas} in ${entry.id}`).toBeUndefined();
        owner.set(cas, entry.id);
      }
    }
  });

  it('keeps exact forms short and terms free of duplicates', () => {
    for (const entry of entries) {
      const forms = [...entry.terms, ...(entry.exact ?? [])].map((term) => term.toLowerCase());
      expect(new Set(forms).size, entry.id).toBe(forms.length);
      for (const exact of entry.exact ?? []) expect(exact.length, `${entry.id}: ${exact}`).toBeLessThanOrEqual(8);
    }
  });
});

describe('precursor.json content', () => {
  it('holds every pinned precursor id', () => {
    for (const id of PINNED_IDS) expect(byId.has(id), id).toBe(true);
  });

  it('carries every List I and List II chemical of 21 CFR 1310.02 with the code the CFR prints', () => {
    for (const [id, code] of Object.entries(CFR_1310_02_CODES)) {
      const entry = byId.get(id);
      expect(entry, id).toBeDefined();
      expect(entry?.deaCode, id).toBe(code);
      expect(entry?.list, id).toMatch(/^DEA List II?$/);
    }
    const listTwo = entries.filter((entry) => entry.list === 'DEA List II').map((entry) => entry.id);
    expect(listTwo).toHaveLength(11);
  });

  it('places the 21 CFR 1308.12(g) immediate precursors in schedule II', () => {
    const immediate = { phenylacetone: '8501', '1-phenylcyclohexylamine': '7460', pcc: '8603', '4-anpp': '8333', norfentanyl: '8366' };
    for (const [id, code] of Object.entries(immediate)) {
      const entry = byId.get(id);
      expect(entry?.list, id).toBe('Schedule II immediate precursor');
      expect(entry?.schedule, id).toBe('II');
      expect(entry?.deaCode, id).toBe(code);
    }
    expect(entries.filter((entry) => entry.list === 'Schedule II immediate precursor')).toHaveLength(5);
  });

  it('keeps NPP on List I, where 1310.02(a)(29) puts it (it is not a 1308.12(g) precursor)', () => {
    expect(byId.get('npp')?.list).toBe('DEA List I');
    expect(byId.get('npp')?.schedule).toBeUndefined();
  });

  it('maps the CAS numbers confirmed in primary texts to the right entries', () => {
    const owner = new Map(entries.flatMap((entry) => (entry.cas ?? []).map((cas) => [cas, entry.id] as const)));
    expect(owner.get('4468-48-8')).toBe('apaan'); // Commission Delegated Regulation (EU) 2020/1737, Annex I
    expect(owner.get('125541-22-2')).toBe('1-boc-4-ap'); // 87 FR 67551 (2022-24155), summary
  });

  it('maps the CAS numbers two independent tables agree on to the right entries', () => {
    const owner = new Map(entries.flatMap((entry) => (entry.cas ?? []).map((cas) => [cas, entry.id] as const)));
    const agreed: Record<string, string> = {
      '79099-07-3': '1-boc-4-piperidone', '41661-47-6': '4-piperidone', '23056-29-3': '4-ap', '39742-60-4': 'npp',
      '21409-26-7': '4-anpp', '1609-66-1': 'norfentanyl', '13605-48-6': 'pmk-glycidate', '2167189-50-4': 'pmk-glycidic-acid',
      '80532-66-7': 'bmk-glycidate', '25547-51-7': 'bmk-glycidate', '4433-77-6': 'apaa', '16648-44-5': 'mapa',
      '103-79-7': 'phenylacetone', '4676-39-5': '3-4-mdp-2-p', '96-48-0': 'gbl', '7723-14-0': 'red-phosphorus',
    };
    for (const [cas, id] of Object.entries(agreed)) expect(owner.get(cas), cas).toBe(id);
    // One public table prints norfentanyl as 1609-66-5: that check digit is wrong, so it must never be in the lexicon.
    expect(isValidCas('1609-66-5')).toBe(false);
    expect(owner.has('1609-66-5')).toBe(false);
  });

  it('keeps lysergic acid in schedule III (21 CFR 1308.13(c)(8), code 7300)', () => {
    expect(byId.get('lysergic-acid')?.schedule).toBe('III');
    expect(byId.get('lysergic-acid')?.deaCode).toBe('7300');
  });

  it('gives salts as sold next to the free base', () => {
    expect(byId.get('ephedrine')?.terms).toContain('ephedrine hydrochloride');
    expect(byId.get('pseudoephedrine')?.terms).toContain('pseudoephedrine hydrochloride');
    expect(byId.get('4-piperidone')?.terms).toContain('4-piperidone hydrochloride monohydrate');
    expect(byId.get('4-piperidone')?.cas).toEqual(['41661-47-6', '40064-34-4']);
  });

  it('marks every short abbreviation as exact rather than as a loose term', () => {
    for (const entry of entries) {
      for (const term of entry.terms) {
        expect(/^[A-Z0-9-]{2,5}$/.test(term), `${entry.id}: "${term}" belongs in exact`).toBe(false);
      }
    }
    expect(byId.get('gbl')?.exact).toContain('GBL');
    expect(byId.get('phenylacetone')?.exact).toContain('P2P');
  });
});

describe('precursor and analogue entries across the whole lexicon', () => {
  const dataDir = new URL('../../../src/core/lexicon/data/', import.meta.url);
  const mine = new Set(['precursor.json', 'analogue.json']);
  const others = readdirSync(dataDir)
    .filter((file) => file.endsWith('.json') && !mine.has(file))
    .flatMap((file) => ((JSON.parse(readFileSync(new URL(file, dataDir), 'utf8')) as Partial<LexiconFile>).entries ?? [])
      .map((entry) => ({ file, entry })));
  const analogueEntries = (JSON.parse(readFileSync(new URL('analogue.json', dataDir), 'utf8')) as LexiconFile).entries;
  const ours = [...entries, ...analogueEntries];

  it('owns each of its ids: one entity, one entry (translations merge by id and are not counted)', () => {
    const ourIds = new Set(ours.map((entry) => entry.id));
    const clashes = others
      .filter(({ entry }) => entry.category !== undefined && entry.category !== 'slang' && ourIds.has(entry.id))
      .map(({ file, entry }) => `${entry.id} in ${file}`);
    expect(clashes).toEqual([]);
  });

  it('owns each of its CAS numbers', () => {
    const ourCas = new Map(ours.flatMap((entry) => (entry.cas ?? []).map((cas) => [cas, entry.id] as const)));
    const clashes = others.flatMap(({ file, entry }) =>
      (entry.cas ?? []).filter((cas) => ourCas.has(cas)).map((cas) => `${cas}: ${ourCas.get(cas)} and ${entry.id} in ${file}`));
    expect(clashes).toEqual([]);
  });
});
