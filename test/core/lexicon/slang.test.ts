import { describe, expect, it } from 'vitest';
import slangJson from '../../../src/core/lexicon/data/slang.json';
import { compileLexicon, defaultEntries } from '../../../src/core/lexicon/index';
import { createScanner } from '../../../src/core/scan';
import type { LexiconFile } from '../../../src/core/lexicon/types';
import { unfindableForms } from './findable-forms';
import { duplicateForms, expectWellFormedFile, termKey, writtenForms } from './lexicon-file-checks';
import { PINNED_IDS } from './pinned-ids';

const slang = slangJson as LexiconFile;

/** Street names the brief asks for, and the pinned entity each must point to. */
const REQUIRED: [string, string][] = [
  ['oxy', 'oxycodone'], ['percs', 'oxycodone'], ['M30', 'oxycodone'], ['blues', 'oxycodone'], ['bars', 'alprazolam'],
  ['xannies', 'alprazolam'], ['zannies', 'alprazolam'], ['footballs', 'alprazolam'], ['molly', 'mdma'],
  ['ecstasy', 'mdma'], ['XTC', 'mdma'], ['Big H', 'heroin'], ['tina', 'methamphetamine'], ['crystal', 'methamphetamine'],
  ['ice', 'methamphetamine'], ['coke', 'cocaine'], ['blow', 'cocaine'], ['yayo', 'cocaine'], ['smack', 'heroin'],
  ['dope', 'heroin'], ['china white', 'fentanyl'], ['apache', 'fentanyl'], ['TNT', 'fentanyl'],
  ['special K', 'ketamine'], ['K2', 'jwh-018'], ['spice', 'jwh-018'], ['acid', 'lsd'], ['shrooms', 'psilocybin'],
  ['lean', 'codeine'], ['purple drank', 'codeine'], ['georgia home boy', 'ghb'], ['liquid ecstasy', 'ghb'],
  ['roofies', 'flunitrazepam'], ['pyro', 'protonitazene'], ['frenchies', 'isotonitazene'], ['tranq', 'xylazine'],
];

/** Ordinary English words that are also code words: they must only ever match exactly as written. */
const ORDINARY_WORDS = ['ice', 'blow', 'bars', 'acid', 'lean', 'dope', 'crystal', 'glass', 'snow', 'juice', 'buttons'];

describe('slang.json', () => {
  it('is a well-formed slang file with at least 300 street names', () => {
    expectWellFormedFile(slang, 'slang');
    expect(writtenForms(slang).length).toBeGreaterThanOrEqual(300);
  });

  it('points every entry at a pinned id, one entry per drug named slang-<id>', () => {
    for (const entry of slang.entries) {
      expect(PINNED_IDS, entry.id).toContain(entry.refersTo);
      expect(entry.id).toBe(`slang-${entry.refersTo}`);
    }
  });

  it('lists no street name twice in the file', () => {
    expect(duplicateForms(writtenForms(slang))).toEqual([]);
  });

  it('has every street name the brief names, under the drug it refers to or in that drug\'s own entry', () => {
    // Street names that are effectively the drug's name ("XTC", "ecstasy") are synonyms of the drug entry itself.
    const entries = defaultEntries();
    for (const [name, drug] of REQUIRED) {
      const owner = entries.find(
        (entry) =>
          (entry.id === drug || entry.refersTo === drug) &&
          [...entry.terms, ...(entry.exact ?? [])].some((form) => termKey(form) === termKey(name)),
      );
      expect(owner, name).toBeDefined();
    }
  });

  it('keeps ordinary words in exact only, so obfuscation folding never produces them', () => {
    const exactKeys = new Set(slang.entries.flatMap((entry) => (entry.exact ?? []).map(termKey)));
    const termKeys = new Set(slang.entries.flatMap((entry) => entry.terms.map(termKey)));
    for (const word of ORDINARY_WORDS) {
      expect(exactKeys.has(termKey(word)), word).toBe(true);
      expect(termKeys.has(termKey(word)), word).toBe(false);
    }
  });

  it('leaves out single letters, which are everywhere in listings ("10 x 2 mg", "18 K ring")', () => {
    const keys = new Set(writtenForms(slang).map(({ form }) => termKey(form)));
    for (const letter of ['x', 'h', 'k', 'e', 'g']) expect(keys.has(letter), letter).toBe(false);
  });

  it('never contains the name of the drug it refers to (the longer slang match would hide that name)', () => {
    const names = defaultEntries().filter((entry) => ['controlled', 'analogue', 'precursor'].includes(entry.category));
    const scanner = createScanner(compileLexicon(names, []));
    const hiding = slang.entries.flatMap((entry) =>
      writtenForms({ ...slang, entries: [entry] })
        .filter(({ form }) => scanner.scanText(form).some((finding) => finding.termId === entry.refersTo))
        .map(({ form }) => `${entry.id}: ${form}`),
    );
    expect(hiding).toEqual([]);
  });

  it('finds every street name again, as written, through the compiled matcher', () => {
    expect(unfindableForms(slang.entries)).toEqual([]);
  });

  it('keeps every form findable in the full shipped lexicon, where other files could shadow it', () => {
    expect(unfindableForms(defaultEntries(), new Set(slang.entries.map((entry) => entry.id)))).toEqual([]);
  });
});
