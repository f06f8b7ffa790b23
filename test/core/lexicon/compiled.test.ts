import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../../src/core/lexicon/compile';
import { loadDefaultLexicon } from '../../../src/core/lexicon/index';
import { lexiconFromSnapshot, lexiconToSnapshot } from '../../../src/core/lexicon/snapshot';
import { SOURCE_FAMILIES, SOURCE_VERSION, sourceEntries } from '../../../src/core/lexicon/sources';
import { runSteps } from '../../../src/core/matcher/stepwise';
import { createScanner } from '../../../src/core/scan';
import { compiledLexiconModule } from '../../../src/tools/generate-lexicon';

const fromSources = () => compileLexicon(sourceEntries(), SOURCE_FAMILIES, SOURCE_VERSION);

describe('the shipped compiled lexicon', () => {
  it('is what the data files compile to now (else run `npm run generate`)', () => {
    const committed = readFileSync(new URL('../../../src/core/lexicon/compiled.generated.ts', import.meta.url), 'utf8');
    expect(committed === compiledLexiconModule(), 'compiled.generated.ts is stale: run `npm run generate`').toBe(true);
  });

  it('is printable ASCII only (a noncharacter in a content script keeps Chrome from loading the extension)', () => {
    const committed = readFileSync(new URL('../../../src/core/lexicon/compiled.generated.ts', import.meta.url), 'utf8');
    expect(committed).toMatch(/^[\x20-\x7e\n]*$/);
  });

  it('loads into the lexicon the sources compile to, and scans the same', () => {
    const compiled = fromSources();
    const loaded = loadDefaultLexicon();
    expect(loaded.patterns).toEqual(compiled.patterns);
    expect(loaded.termsByPattern).toEqual(compiled.termsByPattern);
    expect(loaded.familyTerms).toEqual(compiled.familyTerms);
    expect([...loaded.entryByCas.keys()]).toEqual([...compiled.entryByCas.keys()]);
    const text = 'Buy X a n a x, 4-ANPP (CAS 19099-93-5), acetylfentanyl and 芬太尼 — no prescription, stealth shipping';
    expect(createScanner(loaded).scanText(text)).toEqual(createScanner(compiled).scanText(text));
    expect(createScanner(loaded).scanText(text).length).toBeGreaterThan(4);
  });

  it('round-trips through a snapshot', () => {
    const compiled = fromSources();
    const again = runSteps(lexiconFromSnapshot(JSON.parse(JSON.stringify(lexiconToSnapshot(compiled)))));
    expect(lexiconToSnapshot(again)).toEqual(lexiconToSnapshot(compiled));
  });
});
