/**
 * The lexicon that ships with RxLens: every data file imported explicitly, translations merged into their entries,
 * compiled once on first use.
 */
import analogue from './data/analogue.json';
import controlled from './data/controlled.json';
import families from './data/families.json';
import i18n from './data/i18n.json';
import precursor from './data/precursor.json';
import risk from './data/risk.json';
import rx from './data/rx.json';
import slang from './data/slang.json';
import { compileLexicon, compileLexiconInSlices, type CompiledLexicon } from './compile';
import type { YieldFn } from '../matcher/stepwise';
import type { FamilyRule, LexiconEntry, LexiconFile } from './types';

/** `families.json`: family rules. */
interface FamilyFile {
  lexiconVersion: string;
  families: FamilyRule[];
}

/** `i18n.json`: names in other languages, keyed by entry id. */
interface TranslationFile {
  lexiconVersion: string;
  translations: Record<string, NonNullable<LexiconEntry['i18n']>>;
}

const ENTRY_FILES = [controlled, analogue, precursor, rx, slang, risk] as unknown as LexiconFile[];
const FAMILY_FILE = families as unknown as FamilyFile;
const TRANSLATION_FILE = i18n as unknown as TranslationFile;

/** "2026.11.10" > "2026.11.9": compares dot-separated numeric parts. */
function compareVersions(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const difference = (x[i] ?? 0) - (y[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The lexicon's version: the highest `lexiconVersion` of its data files. */
export const LEXICON_VERSION: string = [...ENTRY_FILES, FAMILY_FILE, TRANSLATION_FILE]
  .map((file) => file.lexiconVersion)
  .reduce((highest, version) => (compareVersions(version, highest) > 0 ? version : highest));

/** Adds each entry's translations (zh, es, ru) from the translation file to the names it already has. */
export function mergeTranslations(
  entries: readonly LexiconEntry[],
  translations: TranslationFile['translations'],
): LexiconEntry[] {
  return entries.map((entry) => {
    const extra = translations[entry.id];
    if (!extra) return entry;
    const merged: NonNullable<LexiconEntry['i18n']> = { ...entry.i18n };
    for (const language of ['zh', 'es', 'ru'] as const) {
      const names = [...(entry.i18n?.[language] ?? []), ...(extra[language] ?? [])];
      if (names.length > 0) merged[language] = [...new Set(names)];
    }
    return { ...entry, i18n: merged };
  });
}

/** Every entry of the shipped data files, translations merged. */
export function defaultEntries(): LexiconEntry[] {
  return mergeTranslations(
    ENTRY_FILES.flatMap((file) => file.entries),
    TRANSLATION_FILE.translations,
  );
}

let compiled: CompiledLexicon | undefined;

/** The shipped lexicon, compiled on first call and cached. */
export function loadDefaultLexicon(): CompiledLexicon {
  compiled ??= compileLexicon(defaultEntries(), FAMILY_FILE.families, LEXICON_VERSION);
  return compiled;
}

/**
 * The shipped lexicon like `loadDefaultLexicon`, compiled in slices that give the event loop back through `yieldFn`
 * (no long task at page load); later `loadDefaultLexicon()` and `createScanner()` calls get it from the cache.
 * The content script awaits this before its first scan.
 */
export async function loadDefaultLexiconInSlices(yieldFn: YieldFn, sliceMs?: number): Promise<CompiledLexicon> {
  compiled ??= await compileLexiconInSlices(defaultEntries(), FAMILY_FILE.families, LEXICON_VERSION, yieldFn, sliceMs);
  return compiled;
}

export { compileLexicon, compileLexiconInSlices, type CompiledLexicon } from './compile';
export type { YieldFn } from '../matcher/stepwise';
