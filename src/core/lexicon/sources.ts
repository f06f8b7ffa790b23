/**
 * The lexicon's source data: every data file imported explicitly and translations merged into their entries. Only
 * the generator of `compiled.generated.ts` and the tests read it; the extension and the CLI load the compiled
 * lexicon (`index.ts`), which is made from it.
 */
import analogue from './data/analogue.json';
import controlled from './data/controlled.json';
import families from './data/families.json';
import i18n from './data/i18n.json';
import precursor from './data/precursor.json';
import risk from './data/risk.json';
import rx from './data/rx.json';
import slang from './data/slang.json';
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
export const SOURCE_VERSION: string = [...ENTRY_FILES, FAMILY_FILE, TRANSLATION_FILE]
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

/** Every entry of the data files, translations merged. */
export function sourceEntries(): LexiconEntry[] {
  return mergeTranslations(
    ENTRY_FILES.flatMap((file) => file.entries),
    TRANSLATION_FILE.translations,
  );
}

/** The family rules of `families.json`. */
export const SOURCE_FAMILIES: readonly FamilyRule[] = FAMILY_FILE.families;
