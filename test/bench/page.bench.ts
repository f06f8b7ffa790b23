/**
 * `npm run bench [-- --browser chrome|firefox|both] [--cards N] [--runs N] [--json FILE] [--profile FILE] [--no-build]`: in-page scanning on a
 * generated results grid (2,000 cards by default) with the full lexicon, in one run, side by side: RxLens in a browser
 * with the test build, the floor (walk + read + register the same ranges) on the same DOM, and mark.js /
 * advanced-mark.js in the same browser without the extension. Prints measured figures only, a table of ratios with
 * the targets (met or not; the run never fails on them), and writes everything as JSON with --json.
 * --profile (Chromium) adds CPU profiles of the scan and of the append, in a separate session, and prints which
 * functions of the content script cost the time.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadDefaultLexicon } from '../../src/core/lexicon/index';
import { AhoCorasickMatcher } from '../../src/core/matcher/aho-corasick';
import { buildExtension } from '../../src/tools/build';
import { startFixtureServer } from '../../src/tools/fixture-server';
import type { Browser } from '../../src/tools/manifest-for';
import { cardHtml, gridTitles, PLANTED, resultsGrid } from '../fixtures/generate-pages';
import { runPeers, type PeersRun } from './peers-run';
import type { ProfileSummary } from './cpu-profile';
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
  for (const terms of loadDefaultLexicon().termsByPattern) for (const term of terms) if (!seen.has(term.written.toLowerCase())) seen.set(term.written.toLowerCase(), term.written);
  return [...seen.values()];
}

/** The planted terms plus terms spread evenly over the list, `size` in all. */
function termSubset(terms: string[], size: number): string[] {
  const planted = PLANTED.map((p) => terms.find((t) => t.toLowerCase() === p.term.toLowerCase())).filter((t): t is string => t !== undefined);
  const others = terms.filter((t) => !planted.includes(t));
  const step = others.length / (size - planted.length);
  return [...planted, ...Array.from({ length: size - planted.length }, (_, i) => others[Math.floor(i * step)])];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** A figure over several runs: the median, and the spread. */
interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

function spread(runs: number[]): Spread {
  return { median: median(runs), min: Math.min(...runs), max: Math.max(...runs), runs };
}

interface Figures {
  /** The run whose CPU in our slices is the median: its details are the ones printed. */
  rxlens: RxLensRun;
  rxlensRuns: RxLensRun[];
  peers: PeersRun;
  scannedAndPaintedMs: Spread;
  domContentLoadedMs: Spread;
  cpuMs: Spread;
  longestSliceMs: Spread;
  appendedCpuMs: Spread;
  /** The most long tasks any run had during its scan and after the append. */
  longTasksWorstRun: number;
  floorMs: Spread;
  markJsPerTermMs: Spread;
  markJsFullListMs: number;
  advancedMarkJsMs: Spread;
  ratios: { rxlensOverFloor: number; markJsOverRxLens: number; advancedMarkJsOverRxLens: number };
  targets: Record<string, { target: string; measured: string; met: boolean | 'unsupported' }>;
}

function figuresOf(rxlensRuns: RxLensRun[], peers: PeersRun, fullTermCount: number): Figures {
  const byCpu = [...rxlensRuns].sort((a, b) => a.stats.totalMs - b.stats.totalMs);
  const rxlens = byCpu[Math.floor(byCpu.length / 2)];
  const cpuMs = spread(rxlensRuns.map((r) => r.stats.totalMs));
  const floorMs = spread(rxlensRuns.flatMap((r) => r.floor.runsMs));
  const markJsPerTermMs = spread(peers.markJs.map((p) => p.ms / p.terms));
  const markJsFullListMs = markJsPerTermMs.median * fullTermCount;
  const advancedMarkJsMs = spread(peers.advancedMarkJs.map((p) => p.ms));
  const appendedCpuMs = spread(rxlensRuns.map((r) => r.appended.cpuMs));
  const longTasksWorstRun = Math.max(...rxlensRuns.map((r) => r.longTasksDuringScan.length + r.appended.longTasks.length));
  const mutations = Math.max(...rxlensRuns.map((r) => r.mutationsDuringScan.length + r.appended.mutationsWeCaused.length));
  const ratios = {
    rxlensOverFloor: cpuMs.median / floorMs.median,
    markJsOverRxLens: markJsFullListMs / cpuMs.median,
    advancedMarkJsOverRxLens: advancedMarkJsMs.median / cpuMs.median,
  };
  return {
    rxlens,
    rxlensRuns,
    peers,
    scannedAndPaintedMs: spread(rxlensRuns.map((r) => r.scannedAndPaintedMs)),
    domContentLoadedMs: spread(rxlensRuns.map((r) => r.domContentLoadedMs)),
    cpuMs,
    longestSliceMs: spread(rxlensRuns.map((r) => r.stats.longestMs)),
    appendedCpuMs,
    longTasksWorstRun,
    floorMs,
    markJsPerTermMs,
    markJsFullListMs,
    advancedMarkJsMs,
    ratios,
    targets: {
      floor: { target: '≤ 2× the floor', measured: `${ratios.rxlensOverFloor.toFixed(1)}×`, met: ratios.rxlensOverFloor <= 2 },
      markJs: { target: '≥ 100× faster than mark.js', measured: `${ratios.markJsOverRxLens.toFixed(0)}×`, met: ratios.markJsOverRxLens >= 100 },
      advancedMarkJs: { target: '≥ 5× faster than advanced-mark.js', measured: `${ratios.advancedMarkJsOverRxLens.toFixed(1)}×`, met: ratios.advancedMarkJsOverRxLens >= 5 },
      longTasks: {
        target: '0 long tasks',
        measured: rxlens.longTaskSupported
          ? `${longTasksWorstRun} in the worst run (${peers.baselineLongTasks.length} without the extension)`
          : 'long tasks not supported by this browser',
        met: rxlens.longTaskSupported ? longTasksWorstRun === 0 : 'unsupported',
      },
      appended: { target: `≤ 5 ms for +${APPENDED_CARDS} cards`, measured: ms(appendedCpuMs.median), met: appendedCpuMs.median <= 5 },
      mutations: { target: '0 mutations of page nodes', measured: `${mutations} in the worst run`, met: mutations === 0 },
    },
  };
}

function ms(value: number): string {
  return `${value.toFixed(value < 10 ? 2 : 1)} ms`;
}

function msSpread(s: Spread): string {
  return s.runs.length > 1 ? `${ms(s.median)} [${ms(s.min)} – ${ms(s.max)}]` : ms(s.median);
}

function printFigures(browser: Browser, f: Figures, cards: number, terms: number): void {
  const r = f.rxlens;
  const runs = f.rxlensRuns.length;
  const rows: [string, string][] = [
    ['RxLens: navigation start → scanned and painted', msSpread(f.scannedAndPaintedMs)],
    ['  of which the page itself, to DOMContentLoaded', msSpread(f.domContentLoadedMs)],
    ['RxLens: CPU in our slices (total)', `${msSpread(f.cpuMs)}; median run: ${r.stats.slices} slices, ${r.passes} pass(es)`],
    ['RxLens: longest slice', msSpread(f.longestSliceMs)],
    ['RxLens: findings / listings / painted ranges', `${r.stats.findings} / ${r.stats.listings} / ${Object.values(r.paintedRanges).reduce((a, b) => a + b, 0)}`],
    [
      'RxLens: drug ranges whose text is a planted term',
      `${r.paintedDrugText.filter((text) => PLANTED.some((p) => p.term.toLowerCase() === text.toLowerCase())).length} (planted cards: ${Math.floor(cards / 20)})`,
    ],
    [
      'RxLens: long tasks > 50 ms, DOMContentLoaded → scanned',
      r.longTaskSupported
        ? f.rxlensRuns.map((run) => `[${run.longTasksDuringScan.map((t) => ms(t.duration)).join(', ')}]`).join(' ')
        : 'not supported (no "longtask" entry type)',
    ],
    [
      'Page alone (no extension): long tasks after DOMContentLoaded',
      r.longTaskSupported ? `[${f.peers.baselineLongTasks.map((t) => ms(t.duration)).join(', ')}]` : 'not supported',
    ],
    [`RxLens: CPU to absorb +${r.appended.cards} cards`, `${msSpread(f.appendedCpuMs)}; median run: ${r.appended.slices} slices, +${r.appended.newDrugRanges} drug ranges`],
    [
      `RxLens: long tasks > 50 ms after the +${r.appended.cards} cards`,
      r.longTaskSupported ? f.rxlensRuns.map((run) => `[${run.appended.longTasks.map((t) => ms(t.duration)).join(', ')}]`).join(' ') : 'not supported',
    ],
    [
      'RxLens: mutations of page nodes we caused',
      f.rxlensRuns.map((run) => `${run.mutationsDuringScan.length} during the scan + ${run.appended.mutationsWeCaused.length} after the append`).join('; '),
    ],
    [
      'Floor: walk + read + register the same ranges',
      `${msSpread(f.floorMs)} (${r.floor.textNodes} text nodes, ${r.floor.characters} chars, ${r.floor.ranges} ranges)`,
    ],
    [`mark.js 8.11.1: per term (${f.peers.markJs[0].terms} terms, ${f.peers.markJs[0].marks} marks)`, msSpread(f.markJsPerTermMs)],
    [`mark.js extrapolated to all ${terms} terms`, `${(f.markJsFullListMs / 1000).toFixed(1)} s`],
    [`advanced-mark.js 2.7.1: ${f.peers.advancedMarkJs[0].terms} terms in one pattern (${f.peers.advancedMarkJs[0].marks} marks)`, msSpread(f.advancedMarkJsMs)],
  ];
  console.log(`\n== ${browser}: ${cards}-card ${GRID_STYLE} grid, ${terms} lexicon terms, ${runs} run(s): median [min – max] ==`);
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
  console.log('\nratios of medians (RxLens = CPU in its slices; the peers run synchronously, so their time is CPU):');
  console.log(`  RxLens / floor                 ${f.ratios.rxlensOverFloor.toFixed(1)}×`);
  console.log(`  mark.js (full list) / RxLens   ${f.ratios.markJsOverRxLens.toFixed(0)}×`);
  console.log(`  advanced-mark.js / RxLens      ${f.ratios.advancedMarkJsOverRxLens.toFixed(1)}×`);
  console.log('targets:');
  for (const t of Object.values(f.targets)) console.log(`  ${t.met === true ? 'met    ' : t.met === false ? 'NOT met' : 'n/a    '}  ${t.target.padEnd(36)} ${t.measured}`);
}

function printProfile(what: string, summary: ProfileSummary): void {
  console.log(`\nprofile, ${what} (Chromium, sampled every 0.1 ms; profiling slows the page): ${ms(summary.extensionMs)} under the extension's code`);
  console.log('  self (with the native calls it makes)   inclusive   function');
  for (const f of summary.bySelf.slice(0, 12)) console.log(`  ${ms(f.selfMs).padStart(12)}   ${ms(f.totalMs).padStart(24)}   ${f.function}`);
  console.log('  by inclusive time:');
  for (const f of summary.byTotal.slice(0, 12)) console.log(`  ${ms(f.selfMs).padStart(12)}   ${ms(f.totalMs).padStart(24)}   ${f.function}`);
}

async function main(options: Options): Promise<void> {
  const started = Date.now();
  const lexicon = loadDefaultLexicon();
  const terms = lexiconTerms();
  const matcherSnapshotBytes = lexicon.matcher instanceof AhoCorasickMatcher ? lexicon.matcher.toSnapshot().byteLength : null;
  console.log(`lexicon ${lexicon.version}: ${terms.length} terms, ${lexicon.patterns.length} folded patterns; matcher snapshot ${matcherSnapshotBytes ?? '?'} bytes`);

  const titles = gridTitles(options.cards + APPENDED_CARDS, GRID_SEED);
  const appendedHtml = titles
    .slice(options.cards)
    .map((title, i) => cardHtml(GRID_STYLE, options.cards + i, title, `US $${(5 + ((options.cards + i) % 40) * 1.25).toFixed(2)}`))
    .join('\n');
  const pageName = `bench-${GRID_STYLE}-${options.cards}.html`;
  const server = await startFixtureServer(fileURLToPath(new URL('../fixtures/pages/', import.meta.url)), new Map([[pageName, resultsGrid(GRID_STYLE, options.cards, GRID_SEED)]]));
  const url = `${server.origin}/generated/${pageName}`;
  const markJsTerms = termSubset(terms, MARK_JS_SUBSET);

  const results: Partial<Record<Browser, Figures | { error: string }>> = {};
  let profile: RxLensProfile | undefined;
  try {
    for (const browser of options.browsers) {
      try {
        if (options.build) await buildExtension(browser, true);
        const rxlensRuns: RxLensRun[] = [];
        for (let run = 0; run < options.runs; run++) rxlensRuns.push(await runRxLens(browser, url, appendedHtml, APPENDED_CARDS));
        const watchMs = Math.max(...rxlensRuns.map((r) => r.scannedAndPaintedMs));
        const peers = await runPeers(browser, url, watchMs, markJsTerms, terms, options.runs);
        const figures = figuresOf(rxlensRuns, peers, terms.length);
        results[browser] = figures;
        printFigures(browser, figures, options.cards, terms.length);
        if (options.profile && browser === 'chrome') {
          profile = await profileRxLens(url, appendedHtml, options.profile);
          printProfile('first scan', profile.scan);
          printProfile(`+${APPENDED_CARDS} cards`, profile.append);
          console.log(`profiles written to ${options.profile}.scan.cpuprofile and ${options.profile}.append.cpuprofile`);
        }
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        results[browser] = { error: message };
        console.log(`\n== ${browser}: not measured: ${message}`);
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
      lexicon: { version: lexicon.version, terms: terms.length, patterns: lexicon.patterns.length, matcherSnapshotBytes },
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
