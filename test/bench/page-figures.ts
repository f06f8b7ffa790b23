/**
 * The benchmark's figures over several runs: medians with their spread, the ratios between RxLens, the floor and the
 * peers, and the targets, met or not.
 */
import type { PeersRun } from './peers-run';
import type { RxLensRun } from './rxlens-run';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** A figure over several runs: the median, and the spread. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

function spread(runs: number[]): Spread {
  return { median: median(runs), min: Math.min(...runs), max: Math.max(...runs), runs };
}

export interface Figures {
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
  /** The walk over elements and text alone (see floor.ts): what keeping listings apart costs before any matching. */
  blockWalkMs: Spread;
  markJsPerTermMs: Spread;
  markJsFullListMs: number;
  advancedMarkJsMs: Spread;
  ratios: { rxlensOverFloor: number; blockWalkOverFloor: number; markJsOverRxLens: number; advancedMarkJsOverRxLens: number };
  targets: Record<string, { target: string; measured: string; met: boolean | 'unsupported' }>;
}

/**
 * @param fullTermCount the lexicon's terms, to extrapolate mark.js's per-term cost to
 * @param appendedCards how many cards the append added (for the target's wording)
 */
export function figuresOf(rxlensRuns: RxLensRun[], peers: PeersRun, fullTermCount: number, appendedCards: number): Figures {
  const byCpu = [...rxlensRuns].sort((a, b) => a.stats.totalMs - b.stats.totalMs);
  const rxlens = byCpu[Math.floor(byCpu.length / 2)];
  const cpuMs = spread(rxlensRuns.map((r) => r.stats.totalMs));
  const floorMs = spread(rxlensRuns.flatMap((r) => r.floor.runsMs));
  const blockWalkMs = spread(rxlensRuns.flatMap((r) => r.floor.blockWalkRunsMs));
  const markJsPerTermMs = spread(peers.markJs.map((p) => p.ms / p.terms));
  const markJsFullListMs = markJsPerTermMs.median * fullTermCount;
  const advancedMarkJsMs = spread(peers.advancedMarkJs.map((p) => p.ms));
  const appendedCpuMs = spread(rxlensRuns.map((r) => r.appended.cpuMs));
  const longTasksWorstRun = Math.max(...rxlensRuns.map((r) => r.longTasksDuringScan.length + r.appended.longTasks.length));
  const mutations = Math.max(...rxlensRuns.map((r) => r.mutationsDuringScan.length + r.appended.mutationsWeCaused.length));
  const ratios = {
    rxlensOverFloor: cpuMs.median / floorMs.median,
    blockWalkOverFloor: blockWalkMs.median / floorMs.median,
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
    blockWalkMs,
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
      appended: { target: `≤ 5 ms for +${appendedCards} cards`, measured: ms(appendedCpuMs.median), met: appendedCpuMs.median <= 5 },
      mutations: { target: '0 mutations of page nodes', measured: `${mutations} in the worst run`, met: mutations === 0 },
    },
  };
}

/** Milliseconds as printed: two decimals below 10 ms, one above. */
export function ms(value: number): string {
  return `${value.toFixed(value < 10 ? 2 : 1)} ms`;
}

/** A spread as printed: median [min – max]. */
export function msSpread(s: Spread): string {
  return s.runs.length > 1 ? `${ms(s.median)} [${ms(s.min)} – ${ms(s.max)}]` : ms(s.median);
}

