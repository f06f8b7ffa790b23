import { describe, expect, it } from 'vitest';
import analogueJson from '../../../src/core/lexicon/data/analogue.json';
import controlledJson from '../../../src/core/lexicon/data/controlled.json';
import precursorJson from '../../../src/core/lexicon/data/precursor.json';
import rxJson from '../../../src/core/lexicon/data/rx.json';
import { defaultEntries } from '../../../src/core/lexicon/index';
import type { LexiconFile } from '../../../src/core/lexicon/types';
import { unfindableForms } from './findable-forms';
import { duplicateForms, expectWellFormedFile, termKey, writtenForms } from './lexicon-file-checks';
import { PINNED_RX_IDS } from './pinned-ids';

const rx = rxJson as LexiconFile;
const byId = new Map(rx.entries.map((entry) => [entry.id, entry]));

/** Brand names people search for, and the entry that must own them. */
const BRANDS: [string, string][] = [
  ['Ozempic', 'semaglutide'], ['Wegovy', 'semaglutide'], ['Rybelsus', 'semaglutide'], ['Mounjaro', 'tirzepatide'],
  ['Zepbound', 'tirzepatide'], ['Victoza', 'liraglutide'], ['Saxenda', 'liraglutide'], ['Viagra', 'sildenafil'],
  ['Revatio', 'sildenafil'], ['Kamagra', 'sildenafil'], ['Cialis', 'tadalafil'], ['Levitra', 'vardenafil'],
  ['Stendra', 'avanafil'], ['Accutane', 'isotretinoin'], ['Roaccutane', 'isotretinoin'], ['Botox', 'botulinum-toxin'],
  ['Dysport', 'botulinum-toxin'], ['Xeomin', 'botulinum-toxin'], ['Propecia', 'finasteride'], ['Cytotec', 'misoprostol'],
  ['Mifeprex', 'mifepristone'], ['Stromectol', 'ivermectin'], ['Plaquenil', 'hydroxychloroquine'],
  ['Clomid', 'clomiphene'], ['Nolvadex', 'tamoxifen'], ['Arimidex', 'anastrozole'], ['Femara', 'letrozole'],
  ['Genotropin', 'somatropin'], ['Norditropin', 'somatropin'], ['Humatrope', 'somatropin'], ['Zithromax', 'azithromycin'],
  ['Amoxil', 'amoxicillin'], ['Cipro', 'ciprofloxacin'], ['Neurontin', 'gabapentin'], ['Seroquel', 'quetiapine'],
  ['Zoloft', 'sertraline'], ['Rompun', 'xylazine'], ['Neptune\'s Fix', 'tianeptine'],
];

/** Entities the brief names that must each have an entry. */
const REQUIRED_IDS = [
  'retatrutide', 'avanafil', 'amoxicillin', 'azithromycin', 'ciprofloxacin', 'doxycycline', 'letrozole', 'insulin',
  'bpc-157', 'tb-500', 'melanotan-ii', 'ipamorelin', 'gabapentin', 'tianeptine', 'kratom', '2-4-dinitrophenol',
  'ostarine', 'ligandrol', 'rad-140', 'clenbuterol', 'methotrexate', 'sertraline', 'quetiapine',
];

describe('rx.json', () => {
  it('is a well-formed rx file with at least 100 entries', () => {
    expectWellFormedFile(rx, 'rx');
    expect(rx.entries.length).toBeGreaterThanOrEqual(100);
    for (const entry of rx.entries) expect(entry.schedule, entry.id).toBeUndefined();
  });

  it('keeps every pinned prescription id and every entity the brief names', () => {
    for (const id of [...PINNED_RX_IDS, ...REQUIRED_IDS]) expect(byId.has(id), id).toBe(true);
  });

  it('uses no id that another category file already uses (one entity, one entry)', () => {
    const others = [controlledJson, analogueJson, precursorJson] as LexiconFile[];
    const taken = new Set(others.flatMap((file) => file.entries.map((entry) => entry.id)));
    expect(rx.entries.map((entry) => entry.id).filter((id) => taken.has(id))).toEqual([]);
  });

  it('lists no written form twice, nor a form another category file already lists', () => {
    expect(duplicateForms(writtenForms(rx))).toEqual([]);
    const others = [controlledJson, analogueJson, precursorJson] as LexiconFile[];
    const taken = new Set(others.flatMap((file) => writtenForms(file).map(({ form }) => termKey(form))));
    expect(writtenForms(rx).filter(({ form }) => taken.has(termKey(form)))).toEqual([]);
  });

  it('files each brand name under its drug', () => {
    for (const [brand, id] of BRANDS) {
      const owner = rx.entries.find((entry) => entry.terms.some((term) => termKey(term) === termKey(brand)));
      expect(owner?.id, brand).toBe(id);
    }
  });

  it('finds every form again, as written, through the compiled matcher', () => {
    expect(unfindableForms(rx.entries)).toEqual([]);
  });

  it('keeps every form findable in the full shipped lexicon, where other files could shadow it', () => {
    expect(unfindableForms(defaultEntries(), new Set(rx.entries.map((entry) => entry.id)))).toEqual([]);
  });
});
