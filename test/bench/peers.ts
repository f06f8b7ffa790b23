/**
 * The peers, run on the same page and terms in a fresh tab of a browser without the extension: mark.js 8.11.1 (one
 * regex per term, the loop most highlighters use) and advanced-mark.js (terms combined into alternation regexes).
 * Both wrap matches in `<mark>` elements, which is their painting; timed in the page from the call to `done`.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Tab } from '../../src/tools/browsers';
import { injectScriptFile } from './tab-driver';

const require = createRequire(import.meta.url);

/** Browser builds (UMD, global `Mark`) of the installed packages. */
export const PEER_SCRIPTS = {
  markJs: join(dirname(require.resolve('mark.js/package.json')), 'dist/mark.min.js'),
  advancedMarkJs: join(dirname(require.resolve('advanced-mark.js/package.json')), 'dist/mark.min.js'),
};

/** Whole terms, case-insensitive, across inline elements: the closest these libraries come to RxLens's matching. */
export const MARK_JS_OPTIONS = { separateWordSearch: false, accuracy: 'exactly', acrossElements: true, diacritics: true };

/**
 * advanced-mark.js: the same, plus every term in one alternation regex (`combinePatterns: Infinity`) and matches kept
 * inside block elements, as RxLens's blocks are.
 */
export const ADVANCED_MARK_JS_OPTIONS = { ...MARK_JS_OPTIONS, combinePatterns: Number.MAX_SAFE_INTEGER, blockElementsBoundary: true };

export interface PeerRun {
  ms: number;
  terms: number;
  marks: number;
  matches: number;
}

/** Injects the library into `tab` (already on the page) and marks `terms` with `options` once. */
export async function runPeer(tab: Tab, script: string, terms: string[], options: object): Promise<PeerRun> {
  await injectScriptFile(tab, script);
  // Source text, not a function: tsx would wrap the `done` callback in a `__name()` helper the page does not have.
  const source = `new Promise((resolve) => {
    const started = performance.now();
    new window.Mark(document.body).mark(${JSON.stringify(terms)}, {
      ...${JSON.stringify(options)},
      done: (marks, matches) => resolve({ ms: performance.now() - started, terms: ${terms.length}, marks, matches }),
    });
  })`;
  return (tab as { evaluate(source: string): Promise<PeerRun> }).evaluate(source);
}
