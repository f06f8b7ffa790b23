/**
 * `npm run bench -- [--browser chrome|firefox|both] [--cards N] [--runs N] [--json FILE] [--profile FILE] [--no-build]`
 *
 * In-page scanning on a generated results grid (2,000 cards by default) with the full lexicon, in one run, side by
 * side: RxLens in a browser with the test build, the floor (walk + read + register the same ranges) on the same DOM,
 * and mark.js / advanced-mark.js in the same browser without the extension. Prints measured figures only, the ratios
 * and the targets (met or not; the run never fails on them), and writes everything as JSON with --json.
 * --profile (Chromium) adds CPU profiles of the scan and of the append, in a separate session, and prints which
 * functions of the content script cost the time. Method and figures: docs/benchmarks.md.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadDefaultLexicon } from '../../src/core/lexicon/index';
import { AhoCorasickMatcher } from '../../src/core/matcher/aho-corasick';
import { buildExtension } from '../../src/tools/build';
import { startFixtureServer } from '../../src/tools/fixture-server';
import type { Browser } from '../../src/tools/manifest-for';
import { cardHtml, gridTitles, PLANTED, resultsGrid } from '../fixtures/generate-pages';
import { figuresOf, type Figures } from './page-figures';
import { runPeers } from './peers-run';
import { printFigures, printProfile } from './print-figures';
import { profileRxLens, runRxLens, type RxLensProfile, type RxLensRun } from './rxlens-run';

const GRID_STYLE = 'ebay';
const GRID_SEED = 3;
const APPENDED_CARDS = 50;
const MARK_JS_SUBSET = 20;

interface Options {
  browsers: Browser[];
  cards: number;
  json: string | undefined;
  profile: string | undefined;
  /** Each measurement is repeated this often (RxLens in a fresh browser each time, the peers in fresh tabs). */
  runs: number;
  build: boolean;
}

function parseOptions(args: string[]): Options {
  const value = (flag: string) => {
    const at = args.indexOf(flag);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const browser = value('--browser') ?? 'both';
  if (!['chrome', 'firefox', 'both'].includes(browser)) throw new Error(`--browser chrome|firefox|both, not "${browser}"`);
  const cards = Number(value('--cards') ?? 2000);
  if (!Number.isInteger(cards) || cards < 20) throw new Error('--cards takes a whole number of at least 20');
  const runs = Number(value('--runs') ?? 3);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number of at least 1');
  return {
    browsers: browser === 'both' ? ['chrome', 'firefox'] : [browser as Browser],
    cards,
    json: value('--json'),
    profile: value('--profile'),
    runs,
    build: !args.includes('--no-build'),
  };
}

/** Every written form the lexicon matches (terms, exact forms, translations, family words), once each. */
function lexiconTerms(): string[] {
  const seen = new Map<string, string>();
  for (const term of loadDefaultLexicon().termsByPattern.flat()) {
    const key = term.written.toLowerCase();
    if (!seen.has(key)) seen.set(key, term.written);
  }
  return [...seen.values()];
}

/** The planted terms plus terms spread evenly over the list, `size` in all. */
function termSubset(terms: string[], size: number): string[] {
  const planted = PLANTED.map((p) => terms.find((t) => t.toLowerCase() === p.term.toLowerCase())).filter(
    (t): t is string => t !== undefined,
  );
  const others = terms.filter((t) => !planted.includes(t));
  const step = others.length / (size - planted.length);
  return [...planted, ...Array.from({ length: size - planted.length }, (_, i) => others[Math.floor(i * step)])];
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function main(options: Options): Promise<void> {
  const started = Date.now();
  const lexicon = loadDefaultLexicon();
  const terms = lexiconTerms();
  const automaton = lexicon.matcher instanceof AhoCorasickMatcher ? lexicon.matcher : null;
  const matcherBytes = automaton?.byteLength ?? null;
  const matcherSnapshotBytes = automaton?.toSnapshot().byteLength ?? null;
  console.log(
    `lexicon ${lexicon.version}: ${terms.length} terms, ${lexicon.patterns.length} folded patterns; ` +
      `matcher ${matcherBytes ?? '?'} bytes in memory, snapshot ${matcherSnapshotBytes ?? '?'} bytes`,
  );

  const titles = gridTitles(options.cards + APPENDED_CARDS, GRID_SEED);
  // The next cards of the same grid, priced like resultsGrid() prices them, one per line like the page's own markup.
  const appendedHtml = titles
    .slice(options.cards)
    .map((title, i) => cardHtml(GRID_STYLE, options.cards + i, title, `US $${(5 + ((options.cards + i) % 40) * 1.25).toFixed(2)}`))
    .join('\n');
  const pageName = `bench-${GRID_STYLE}-${options.cards}.html`;
  const pages = new Map([[pageName, resultsGrid(GRID_STYLE, options.cards, GRID_SEED)]]);
  const server = await startFixtureServer(fileURLToPath(new URL('../fixtures/pages/', import.meta.url)), pages);
  const url = `${server.origin}/generated/${pageName}`;
  const markJsTerms = termSubset(terms, MARK_JS_SUBSET);

  const results: Partial<Record<Browser, Figures | { error: string }>> = {};
  let profile: RxLensProfile | undefined;
  try {
    for (const browser of options.browsers) {
      try {
        if (options.build) await buildExtension(browser, true);
        const rxlensRuns: RxLensRun[] = [];
        for (let run = 0; run < options.runs; run++) {
          rxlensRuns.push(await runRxLens(browser, url, appendedHtml, APPENDED_CARDS));
        }
        const watchMs = Math.max(...rxlensRuns.map((r) => r.scannedAndPaintedMs));
        const peers = await runPeers(browser, url, watchMs, markJsTerms, terms, options.runs);
        const figures = figuresOf(rxlensRuns, peers, terms.length, APPENDED_CARDS);
        results[browser] = figures;
        printFigures(browser, figures, `${options.cards}-card ${GRID_STYLE} grid`, options.cards, terms.length);
      } catch (error) {
        results[browser] = { error: messageOf(error) };
        console.log(`\n== ${browser}: not measured: ${messageOf(error)}`);
      }
      if (options.profile && browser === 'chrome' && !('error' in (results[browser] ?? {}))) {
        try {
          profile = await profileRxLens(url, appendedHtml, options.profile);
          printProfile('first scan', profile.scan);
          printProfile(`+${APPENDED_CARDS} cards`, profile.append);
          console.log(`profiles written to ${options.profile}.scan.cpuprofile and ${options.profile}.append.cpuprofile`);
        } catch (error) {
          console.log(`\nprofile not made: ${messageOf(error)}`);
        }
      }
    }
  } finally {
    await server.close();
  }
  console.log(`\nbench took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (options.json) {
    const report = {
      date: new Date().toISOString(),
      command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
      page: { style: GRID_STYLE, cards: options.cards, seed: GRID_SEED, appendedCards: APPENDED_CARDS },
      runs: options.runs,
      lexicon: { version: lexicon.version, terms: terms.length, patterns: lexicon.patterns.length, matcherBytes, matcherSnapshotBytes },
      markJsTerms,
      browsers: results,
      profile,
    };
    writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`wrote ${options.json}`);
  }
}

main(parseOptions(process.argv.slice(2))).catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : String(error));
  process.exit(1);
});
