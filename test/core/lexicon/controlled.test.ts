import { describe, expect, it } from 'vitest';
import type { LexiconEntry, LexiconFile, Schedule } from '../../../src/core/lexicon/types';
import controlledJson from '../../../src/core/lexicon/data/controlled.json';

const controlled = controlledJson as LexiconFile;
const entries: LexiconEntry[] = controlled.entries;
const byId = new Map(entries.map((entry) => [entry.id, entry]));

/** The pinned ids (see the team's id list) that are controlled substances kept in this file. */
const PINNED_IDS = [
  'fentanyl', 'carfentanil', 'sufentanil', 'alfentanil', 'remifentanil', 'heroin', 'morphine', 'opium', 'oxycodone',
  'hydrocodone', 'hydromorphone', 'oxymorphone', 'codeine', 'dihydrocodeine', 'tramadol', 'tapentadol', 'methadone',
  'buprenorphine', 'meperidine', 'levorphanol', 'cocaine', 'methamphetamine', 'amphetamine', 'lisdexamfetamine',
  'methylphenidate', 'dexmethylphenidate', 'mdma', 'mda', 'mephedrone', 'methylone', 'alpha-pvp', 'cathinone', 'khat',
  'modafinil', 'armodafinil', 'phentermine', 'lsd', 'psilocybin', 'psilocin', 'dmt', 'mescaline', 'peyote', '2c-b',
  'ketamine', 'esketamine', 'pcp', 'ghb', 'flunitrazepam', 'alprazolam', 'diazepam', 'clonazepam', 'lorazepam',
  'temazepam', 'midazolam', 'triazolam', 'etizolam', 'bromazolam', 'flualprazolam', 'zolpidem', 'zopiclone',
  'eszopiclone', 'carisoprodol', 'phenobarbital', 'pregabalin', 'lacosamide', 'marijuana', 'thc', 'jwh-018',
  'testosterone', 'nandrolone', 'trenbolone', 'oxandrolone', 'stanozolol', 'boldenone', 'methandrostenolone',
  'anabolic-steroids',
];

/**
 * Schedule and code number as printed in the eCFR text read for each section (docs/lexicon-sources.md):
 * [id, schedule, DEA Controlled Substances Code Number].
 */
const CFR_FACTS: [string, Schedule, string][] = [
  ['heroin', 'I', '9200'], ['mdma', 'I', '7405'], ['lsd', 'I', '7315'], ['psilocybin', 'I', '7437'],
  ['marijuana', 'I', '7360'], ['thc', 'I', '7370'], ['ghb', 'I', '2010'], ['jwh-018', 'I', '7118'],
  ['mephedrone', 'I', '1248'], ['alpha-pvp', 'I', '7545'], ['methaqualone', 'I', '2565'], ['cathinone', 'I', '1235'],
  ['oxycodone', 'II', '9143'], ['fentanyl', 'II', '9801'], ['hydrocodone', 'II', '9193'], ['cocaine', 'II', '9041'],
  ['methamphetamine', 'II', '1105'], ['amphetamine', 'II', '1100'], ['lisdexamfetamine', 'II', '1205'],
  ['methylphenidate', 'II', '1724'], ['pcp', 'II', '7471'], ['carfentanil', 'II', '9743'], ['tapentadol', 'II', '9780'],
  ['ketamine', 'III', '7285'], ['buprenorphine', 'III', '9064'], ['testosterone', 'III', '4000'],
  ['anabolic-steroids', 'III', '4000'], ['dronabinol', 'III', '7369'],
  ['alprazolam', 'IV', '2882'], ['diazepam', 'IV', '2765'], ['carisoprodol', 'IV', '8192'], ['tramadol', 'IV', '9752'],
  ['zolpidem', 'IV', '2783'], ['modafinil', 'IV', '1680'], ['phentermine', 'IV', '1640'], ['flunitrazepam', 'IV', '2763'],
  ['pregabalin', 'V', '2782'], ['lacosamide', 'V', '2746'], ['brivaracetam', 'V', '2710'],
];

/** Brand and trade names people search for, and the entry that must own them. */
const BRANDS: [string, string][] = [
  ['Xanax', 'alprazolam'], ['Valium', 'diazepam'], ['Klonopin', 'clonazepam'], ['Ativan', 'lorazepam'],
  ['OxyContin', 'oxycodone'], ['Percocet', 'oxycodone'], ['Roxicodone', 'oxycodone'], ['Vicodin', 'hydrocodone'],
  ['Norco', 'hydrocodone'], ['Dilaudid', 'hydromorphone'], ['Opana', 'oxymorphone'], ['Adderall', 'amphetamine'],
  ['Vyvanse', 'lisdexamfetamine'], ['Ritalin', 'methylphenidate'], ['Concerta', 'methylphenidate'],
  ['Focalin', 'dexmethylphenidate'], ['Desoxyn', 'methamphetamine'], ['Ambien', 'zolpidem'], ['Lunesta', 'eszopiclone'],
  ['Soma', 'carisoprodol'], ['Lyrica', 'pregabalin'], ['Suboxone', 'buprenorphine'], ['Subutex', 'buprenorphine'],
  ['Duragesic', 'fentanyl'], ['Actiq', 'fentanyl'], ['Ultram', 'tramadol'], ['Nucynta', 'tapentadol'],
  ['Demerol', 'meperidine'], ['Rohypnol', 'flunitrazepam'], ['Xyrem', 'sodium-oxybate-product'], ['Marinol', 'dronabinol'],
  ['Provigil', 'modafinil'], ['Nuvigil', 'armodafinil'], ['Adipex', 'phentermine'], ['Halcion', 'triazolam'],
  ['Restoril', 'temazepam'], ['Ketalar', 'ketamine'], ['Spravato', 'esketamine'], ['Tylenol 3', 'codeine-combination-products'],
  ['Tylenol with Codeine', 'codeine-combination-products'], ['Lomotil', 'diphenoxylate-atropine'],
  ['Robitussin AC', 'codeine-cough-preparations'], ['Anavar', 'oxandrolone'], ['Winstrol', 'stanozolol'],
  ['Dianabol', 'methandrostenolone'],
];

/** Folds a written form to what the matcher treats as the same term (case, accents, separators). */
function foldTerm(term: string): string {
  return term.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function ownerOf(term: string): string | undefined {
  const folded = foldTerm(term);
  return entries.find((entry) => entry.terms.some((written) => foldTerm(written) === folded))?.id;
}

describe('controlled.json shape', () => {
  it('is version 2026.11.2 with several hundred controlled entries and at least 1,000 terms', () => {
    expect(controlled.lexiconVersion).toBe('2026.11.2');
    expect(entries.length).toBeGreaterThan(300);
    expect(entries.reduce((count, entry) => count + entry.terms.length, 0)).toBeGreaterThanOrEqual(1000);
    for (const entry of entries) expect(entry.category, entry.id).toBe('controlled');
  });

  it('has unique lower-case kebab-case ids', () => {
    const ids = entries.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('gives every entry a schedule, a four-digit code where present, and a dated source', () => {
    for (const entry of entries) {
      expect(['I', 'II', 'III', 'IV', 'V'], entry.id).toContain(entry.schedule);
      if (entry.deaCode !== undefined) expect(entry.deaCode, entry.id).toMatch(/^\d{4}$/);
      expect(entry.source.document, entry.id).toMatch(/\S/);
      expect(entry.source.section, entry.id).toMatch(/\S/);
      expect(entry.source.date, entry.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(entry.source.date)), entry.id).toBe(false);
    }
  });

  it('gives every entry trimmed, non-empty terms, and keeps exact forms among the terms', () => {
    for (const entry of entries) {
      expect(entry.terms.length, entry.id).toBeGreaterThan(0);
      for (const term of entry.terms) expect(term, entry.id).toBe(term.trim());
      for (const term of entry.terms) expect(foldTerm(term).length, `${entry.id}: ${term}`).toBeGreaterThan(1);
      for (const exact of entry.exact ?? []) expect(entry.terms, entry.id).toContain(exact);
    }
  });

  it('requires exact matching for every short form (four letters or digits or fewer)', () => {
    for (const entry of entries) {
      for (const term of entry.terms) {
        if (foldTerm(term).length <= 4) expect(entry.exact ?? [], `${entry.id}: ${term}`).toContain(term);
      }
    }
  });

  it('gives each written form to one entry only', () => {
    const owner = new Map<string, string>();
    for (const entry of entries) {
      for (const term of new Set(entry.terms.map(foldTerm))) {
        expect(owner.get(term), `"${term}" in ${entry.id}`).toBeUndefined();
        owner.set(term, entry.id);
      }
    }
  });

  it('carries no translations or street names (other files own them)', () => {
    for (const entry of entries) {
      expect(entry.i18n, entry.id).toBeUndefined();
      expect(entry.refersTo, entry.id).toBeUndefined();
    }
  });

  it('has every pinned controlled-substance id', () => {
    for (const id of PINNED_IDS) expect(byId.has(id), id).toBe(true);
  });

  it('leaves fentanyl analogues, nitazenes and immediate precursors to their own files', () => {
    const allowedFentanyls = new Set(['fentanyl', 'carfentanil', 'sufentanil', 'alfentanil', 'remifentanil', 'thiafentanil']);
    for (const entry of entries) {
      if (/fentan/.test(entry.id)) expect(allowedFentanyls.has(entry.id), entry.id).toBe(true);
      expect(entry.id, entry.id).not.toMatch(/nitazen/);
    }
    for (const id of ['phenylacetone', 'npp', '4-anpp', 'norfentanyl', 'lysergic-acid', 'gbl']) expect(byId.has(id), id).toBe(false);
  });

  it('marks entries not checked against a primary text so a reviewer can find them', () => {
    const unchecked = entries.filter((entry) => entry.source.section.includes('not checked against the text'));
    expect(unchecked.map((entry) => entry.id)).toEqual(expect.arrayContaining(['ganaxolone', 'bromazolam']));
    for (const entry of unchecked) expect(entry.source.section).toMatch(/\(.*not checked against the text\)/);
  });
});

describe('controlled.json facts checked against the CFR text', () => {
  it.each(CFR_FACTS)('%s is schedule %s with code %s', (id, schedule, code) => {
    const entry = byId.get(id);
    expect(entry).toBeDefined();
    expect(entry?.schedule).toBe(schedule);
    expect(entry?.deaCode).toBe(code);
    expect(entry?.source.document).toMatch(/^21 CFR 1308\.1[1-5]$/);
  });

  it('files each schedule under its own CFR section', () => {
    const sectionOf: Record<Schedule, string> = { I: '1308.11', II: '1308.12', III: '1308.13', IV: '1308.14', V: '1308.15' };
    for (const entry of entries) {
      const schedule = entry.schedule as Schedule;
      if (entry.source.document.startsWith('21 CFR')) expect(entry.source.document, entry.id).toBe(`21 CFR ${sectionOf[schedule]}`);
      else expect(entry.source.document, entry.id).toContain(sectionOf[schedule]);
    }
  });

  it('keeps the scheduled preparations in their own schedules (codeine III/V, diphenoxylate V)', () => {
    expect(byId.get('codeine')?.schedule).toBe('II');
    expect(byId.get('codeine-combination-products')?.schedule).toBe('III');
    expect(byId.get('codeine-combination-products')?.deaCode).toBe('9804');
    expect(byId.get('codeine-cough-preparations')?.schedule).toBe('V');
    expect(byId.get('diphenoxylate')?.schedule).toBe('II');
    expect(byId.get('diphenoxylate-atropine')?.schedule).toBe('V');
  });

  it('puts the temporarily and recently scheduled benzodiazepines in schedule I', () => {
    for (const id of ['etizolam', 'flualprazolam', 'clonazolam', 'flubromazolam', 'diclazepam']) {
      expect(byId.get(id)?.schedule, id).toBe('I');
      expect(byId.get(id)?.source.document, id).toContain('91 FR 9985');
    }
  });

  it('lists the anabolic steroids of 1308.13(f) under code 4000 in schedule III', () => {
    const steroids = entries.filter((entry) => entry.source.document === '21 CFR 1308.13' && entry.source.section.startsWith('(f)('));
    expect(steroids.length).toBe(86);
    for (const steroid of steroids) {
      expect(steroid.schedule, steroid.id).toBe('III');
      expect(steroid.deaCode, steroid.id).toBe('4000');
    }
  });
});

describe('controlled.json brand and synonym names', () => {
  it.each(BRANDS)('%s belongs to %s', (brand, id) => {
    expect(ownerOf(brand)).toBe(id);
  });

  it('spells INN and US names into the same entry', () => {
    expect(ownerOf('pethidine')).toBe('meperidine');
    expect(ownerOf('amfetamine')).toBe('amphetamine');
    expect(ownerOf('metamfetamine')).toBe('methamphetamine');
    expect(ownerOf('diamorphine')).toBe('heroin');
    expect(ownerOf('phenobarbitone')).toBe('phenobarbital');
    expect(ownerOf('lysergide')).toBe('lsd');
  });

  it('does not carry ordinary words that would flag benign listings', () => {
    for (const word of ['versed', 'sonata', 'redux', 'android', 'vigil', 'var', 'acid', 'crack', 'speed', 'spice']) {
      expect(ownerOf(word), word).toBeUndefined();
    }
  });
});
