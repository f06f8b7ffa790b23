/**
 * The lexicon that ships with RxLens, loaded from its compiled form (`compiled.generated.ts`, made from the data
 * files by `src/tools/generate-lexicon.ts`): parsing it and expanding the automaton costs a fraction of compiling
 * thousands of terms, which matters on every page a content script starts on.
 */
import { COMPILED_LEXICON, LEXICON_VERSION } from './compiled.generated';
import type { CompiledLexicon } from './compile';
import { lexiconFromSnapshot, type LexiconSnapshot } from './snapshot';
import { runSteps, runStepsInSlices, type Steps, type YieldFn } from '../matcher/stepwise';
import type { LexiconEntry } from './types';

let loaded: CompiledLexicon | undefined;

function* loadSteps(): Steps<CompiledLexicon> {
  const snapshot = JSON.parse(COMPILED_LEXICON) as LexiconSnapshot;
  yield;
  return yield* lexiconFromSnapshot(snapshot);
}

/** The shipped lexicon, loaded on first call and cached. */
export function loadDefaultLexicon(): CompiledLexicon {
  loaded ??= runSteps(loadSteps());
  return loaded;
}

/**
 * The shipped lexicon like `loadDefaultLexicon`, loaded in slices that give the event loop back through `yieldFn`
 * (no long task at page load); later `loadDefaultLexicon()` and `createScanner()` calls get it from the cache.
 * The content script awaits this before its first scan.
 */
export async function loadDefaultLexiconInSlices(yieldFn: YieldFn, sliceMs?: number): Promise<CompiledLexicon> {
  loaded ??= await runStepsInSlices(loadSteps(), yieldFn, sliceMs);
  return loaded;
}

/** Every entry of the shipped lexicon (translations merged), e.g. to compile it again with the user's own terms. */
export function defaultEntries(): LexiconEntry[] {
  return [...loadDefaultLexicon().entries];
}

export { LEXICON_VERSION };
export { compileLexicon, compileLexiconInSlices, type CompiledLexicon } from './compile';
export type { YieldFn } from '../matcher/stepwise';
