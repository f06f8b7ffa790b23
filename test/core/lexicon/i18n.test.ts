import { describe, expect, it } from 'vitest';
import i18nJson from '../../../src/core/lexicon/data/i18n.json';
import { defaultEntries } from '../../../src/core/lexicon/index';
import type { LexiconEntry, Source } from '../../../src/core/lexicon/types';
import { unfindableForms } from './findable-forms';
import { duplicateForms, expectHonestSource } from './lexicon-file-checks';
import { PINNED_IDS } from './pinned-ids';

interface TranslationFile {
  lexiconVersion: string;
  description: string;
  source: Source;
  translations: Record<string, { zh: string[]; es: string[]; ru: string[] }>;
}

const file = i18nJson as TranslationFile;
const translations = Object.entries(file.translations);

/** The entities that matter most (opioids, stimulants, benzodiazepines, precursors): each must be translated. */
const MOST_IMPORTANT = [
  'fentanyl', 'carfentanil', 'heroin', 'morphine', 'oxycodone', 'hydrocodone', 'codeine', 'tramadol', 'methadone',
  'buprenorphine', 'isotonitazene', 'xylazine', 'cocaine', 'methamphetamine', 'amphetamine', 'mdma', 'mephedrone',
  'alpha-pvp', 'ketamine', 'ghb', 'alprazolam', 'diazepam', 'clonazepam', 'etizolam', 'bromazolam', 'ephedrine',
  'pseudoephedrine', 'phenylacetone', 'npp', '4-anpp', '4-ap', '1-boc-4-ap', '4-piperidone', 'bmk-glycidate',
  'pmk-glycidate', 'apaan', 'safrole', 'piperonal', 'gbl', 'semaglutide', 'sildenafil',
];

/** How regulators and sellers write a few of them: [id, language, name]. */
const KNOWN_NAMES: [string, 'zh' | 'es' | 'ru', string][] = [
  ['fentanyl', 'zh', '芬太尼'], ['carfentanil', 'zh', '卡芬太尼'], ['methamphetamine', 'zh', '甲基苯丙胺'],
  ['methamphetamine', 'zh', '冰毒'], ['ketamine', 'zh', '氯胺酮'], ['alprazolam', 'zh', '阿普唑仑'],
  ['oxycodone', 'zh', '羟考酮'], ['oxycodone', 'zh', '羥考酮'], ['fentanyl', 'es', 'fentanilo'],
  ['oxycodone', 'es', 'oxicodona'], ['cocaine', 'es', 'cocaína'], ['fentanyl', 'ru', 'фентанил'],
  ['oxycodone', 'ru', 'оксикодон'], ['mephedrone', 'ru', 'мефедрон'],
];

const HAN = /\p{Script=Han}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

describe('i18n.json', () => {
  it('has a version, a description and a dated source that names its documents', () => {
    expect(file.lexiconVersion).toMatch(/^\d{4}\.\d{1,2}\.\d+$/);
    expect(file.description.length).toBeGreaterThan(20);
    expectHonestSource(file.source, 'i18n.json');
  });

  it('translates at least 100 pinned entities, each into zh, es and ru', () => {
    expect(translations.length).toBeGreaterThanOrEqual(100);
    for (const [id, names] of translations) {
      expect(PINNED_IDS, id).toContain(id);
      for (const language of ['zh', 'es', 'ru'] as const) expect(names[language]?.length, `${id} ${language}`).toBeGreaterThan(0);
    }
  });

  it('translates the most important entities', () => {
    for (const id of MOST_IMPORTANT) expect(file.translations[id], id).toBeDefined();
  });

  it('writes each language in its own script, no name empty or padded', () => {
    for (const [id, names] of translations) {
      for (const name of [...names.zh, ...names.es, ...names.ru]) expect(name.trim().length > 0 && name.trim() === name, id).toBe(true);
      expect(names.zh.filter((name) => !HAN.test(name)), id).toEqual([]);
      expect(names.ru.filter((name) => !CYRILLIC.test(name)), id).toEqual([]);
      expect(names.es.filter((name) => !LATIN.test(name) || CYRILLIC.test(name) || HAN.test(name)), id).toEqual([]);
    }
  });

  it('lists no name twice in the file', () => {
    const forms = translations.flatMap(([id, names]) =>
      [...names.zh, ...names.es, ...names.ru].map((form) => ({ id, form })),
    );
    expect(duplicateForms(forms)).toEqual([]);
  });

  it('has the names regulators and sellers use', () => {
    for (const [id, language, name] of KNOWN_NAMES) expect(file.translations[id]?.[language], `${id} ${name}`).toContain(name);
  });

  it('finds every name again, as written, through the compiled matcher', () => {
    const entries: LexiconEntry[] = translations.map(([id, names]) => ({
      id,
      name: id,
      category: 'controlled',
      terms: [],
      i18n: names,
      source: file.source,
    }));
    expect(unfindableForms(entries)).toEqual([]);
  });

  it('has an entry to merge into for every translated id, and every name stays findable there', () => {
    const merged = defaultEntries();
    const ids = new Set(merged.map((entry) => entry.id));
    expect(translations.map(([id]) => id).filter((id) => !ids.has(id))).toEqual([]);
    const names = (entry: LexiconEntry): string[] => Object.values(file.translations[entry.id] ?? {}).flat();
    expect(unfindableForms(merged, new Set(translations.map(([id]) => id)), names)).toEqual([]);
  });
});
