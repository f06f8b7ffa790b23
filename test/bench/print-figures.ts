/** Prints the benchmark's figures, ratios, targets and profiles as aligned text. */
import type { Browser } from '../../src/tools/manifest-for';
import { PLANTED } from '../fixtures/generate-pages';
import type { ProfileSummary } from './cpu-profile';
import { ms, msSpread, type Figures } from './page-figures';

/** @param page what the page was, e.g. "2000-card ebay grid" */
export function printFigures(browser: Browser, f: Figures, page: string, cards: number, terms: number): void {
  const r = f.rxlens;
  const runs = f.rxlensRuns.length;
  const rows: [string, string][] = [
    ['RxLens: navigation start → scanned and painted', msSpread(f.scannedAndPaintedMs)],
    ['  of which the page itself, to DOMContentLoaded', msSpread(f.domContentLoadedMs)],
    ['RxLens: CPU in our slices (total)', `${msSpread(f.cpuMs)}; median run: ${r.stats.slices} slices, ${r.passes} pass(es)`],
    ['  of which loading the lexicon (median run)', r.stats.lexiconMs === undefined ? 'not reported' : ms(r.stats.lexiconMs)],
    ['RxLens: longest slice', msSpread(f.longestSliceMs)],
    ['RxLens: findings / listings / painted ranges', `${r.stats.findings} / ${r.stats.listings} / ${Object.values(r.paintedRanges).reduce((a, b) => a + b, 0)}`],
    [
      'RxLens: painted ranges whose text is a planted term',
      `${r.paintedText.filter((text) => PLANTED.some((p) => p.term.toLowerCase() === text.toLowerCase())).length} (planted cards: ${Math.floor(cards / 20)})`,
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
    ['Block walk alone: every element and text node, names read', `${msSpread(f.blockWalkMs)} (${r.floor.nodes} nodes; no matching, no ranges)`],
    [`mark.js 8.11.1: per term (${f.peers.markJs[0].terms} terms, ${f.peers.markJs[0].marks} marks)`, msSpread(f.markJsPerTermMs)],
    [`mark.js extrapolated to all ${terms} terms`, `${(f.markJsFullListMs / 1000).toFixed(1)} s`],
    [`advanced-mark.js 2.7.1: ${f.peers.advancedMarkJs[0].terms} terms in one pattern (${f.peers.advancedMarkJs[0].marks} marks)`, msSpread(f.advancedMarkJsMs)],
  ];
  console.log(`\n== ${browser}: ${page}, ${terms} lexicon terms, ${runs} run(s): median [min – max] ==`);
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
  console.log('\nratios of medians (RxLens = CPU in its slices; the peers run synchronously, so their time is CPU):');
  console.log(`  RxLens / floor                 ${f.ratios.rxlensOverFloor.toFixed(1)}×`);
  console.log(`  block walk alone / floor       ${f.ratios.blockWalkOverFloor.toFixed(1)}×`);
  console.log(`  mark.js (full list) / RxLens   ${f.ratios.markJsOverRxLens.toFixed(0)}×`);
  console.log(`  advanced-mark.js / RxLens      ${f.ratios.advancedMarkJsOverRxLens.toFixed(1)}×`);
  console.log('targets:');
  for (const t of Object.values(f.targets)) console.log(`  ${t.met === true ? 'met    ' : t.met === false ? 'NOT met' : 'n/a    '}  ${t.target.padEnd(36)} ${t.measured}`);
}

export function printProfile(what: string, summary: ProfileSummary): void {
  console.log(`\nprofile, ${what} (Chromium, sampled every 0.1 ms; profiling slows the page): ${ms(summary.extensionMs)} under the extension's code`);
  console.log('  self (with the native calls it makes)   inclusive   function');
  for (const f of summary.bySelf.slice(0, 12)) console.log(`  ${ms(f.selfMs).padStart(12)}   ${ms(f.totalMs).padStart(24)}   ${f.function}`);
  console.log('  by inclusive time:');
  for (const f of summary.byTotal.slice(0, 12)) console.log(`  ${ms(f.selfMs).padStart(12)}   ${ms(f.totalMs).padStart(24)}   ${f.function}`);
}

