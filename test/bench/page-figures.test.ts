import { describe, expect, it } from 'vitest';
import { summariseProfile, type Profile } from './cpu-profile';
import { figuresOf } from './page-figures';
import type { PeersRun } from './peers-run';
import type { RxLensRun } from './rxlens-run';

function rxlensRun(totalMs: number, appendedCpuMs: number, longTasks: number, floorMs: number[], blockWalkMs = [9]): RxLensRun {
  return {
    scannedAndPaintedMs: 500 + totalMs,
    domContentLoadedMs: 300,
    stats: { longestMs: 4, totalMs, slices: 10, finishedAt: 500 + totalMs, listings: 5, findings: 7 },
    passes: 1,
    paintedRanges: { 'rxlens-drug': 7 },
    paintedText: [],
    longTaskSupported: true,
    longTasksDuringScan: Array.from({ length: longTasks }, (_, i) => ({ start: 400 + i, duration: 60 })),
    mutationsDuringScan: [],
    floor: { runsMs: floorMs, blockWalkRunsMs: blockWalkMs, nodes: 30, textNodes: 10, characters: 100, ranges: 7 },
    appended: { cards: 50, cpuMs: appendedCpuMs, slices: 1, passes: 1, newDrugRanges: 0, mutationsWeCaused: [], longTasks: [] },
  };
}

const peers: PeersRun = {
  baselineLongTasks: [],
  markJs: [20, 40, 30].map((ms) => ({ ms, terms: 10, marks: 1, matches: 1 })),
  advancedMarkJs: [300, 100, 200].map((ms) => ({ ms, terms: 1000, marks: 1, matches: 1 })),
};

describe('figuresOf', () => {
  const runs = [rxlensRun(30, 8, 0, [5, 6], [12, 14]), rxlensRun(10, 2, 0, [5, 4], [15]), rxlensRun(20, 4, 1, [6, 5], [16, 11])];
  const figures = figuresOf(runs, peers, 1000, 50);

  it('takes medians over the runs and keeps the median run by CPU', () => {
    expect(figures.cpuMs).toMatchObject({ median: 20, min: 10, max: 30 });
    expect(figures.rxlens.stats.totalMs).toBe(20);
    expect(figures.floorMs.median).toBe(5);
    expect(figures.markJsPerTermMs.median).toBe(3);
    expect(figures.markJsFullListMs).toBe(3000);
  });

  it('computes the ratios between medians', () => {
    expect(figures.ratios.rxlensOverFloor).toBe(4);
    expect(figures.blockWalkMs).toMatchObject({ median: 14, min: 11, max: 16 });
    expect(figures.ratios.blockWalkOverFloor).toBeCloseTo(2.8);
    expect(figures.ratios.markJsOverRxLens).toBe(150);
    expect(figures.ratios.advancedMarkJsOverRxLens).toBe(10);
  });

  it('says which targets are met, counting the worst run for long tasks', () => {
    expect(figures.targets.floor.met).toBe(false);
    expect(figures.targets.markJs.met).toBe(true);
    expect(figures.targets.advancedMarkJs.met).toBe(true);
    expect(figures.targets.appended.met).toBe(true);
    expect(figures.targets.longTasks.met).toBe(false);
    expect(figures.targets.mutations.met).toBe(true);
  });

  it('reports long tasks as unsupported where the browser has no longtask entries', () => {
    const firefox = runs.map((run) => ({ ...run, longTaskSupported: false, longTasksDuringScan: [] }));
    expect(figuresOf(firefox, peers, 1000, 50).targets.longTasks.met).toBe('unsupported');
  });
});

describe('summariseProfile', () => {
  const origin = 'chrome-extension://abc';
  const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0, columnNumber: 0 });
  // root → drain (ours) → shadowRootOf (ours) → native; root → page script
  const profile: Profile = {
    nodes: [
      { id: 1, callFrame: frame('(root)', ''), children: [2, 5] },
      { id: 2, callFrame: frame('drain', `${origin}/cs.js`), children: [3] },
      { id: 3, callFrame: frame('shadowRootOf', `${origin}/cs.js`), children: [4] },
      { id: 4, callFrame: frame('openOrClosedShadowRoot', '') },
      { id: 5, callFrame: frame('pageScript', 'http://127.0.0.1/page.js') },
    ],
    samples: [4, 4, 2, 5, 3],
    timeDeltas: [0, 1000, 1000, 1000, 1000, 1000],
  };
  const summary = summariseProfile(profile, origin, 10);

  it('counts only time under the extension, native callees folded into the extension function above them', () => {
    expect(summary.extensionMs).toBe(4);
    const shadow = summary.bySelf.find((f) => f.function.startsWith('shadowRootOf'));
    expect(shadow).toMatchObject({ selfMs: 3, totalMs: 3 });
  });

  it('gives inclusive time to callers', () => {
    expect(summary.byTotal[0]).toMatchObject({ function: 'drain (/cs.js:1)', selfMs: 1, totalMs: 4 });
  });
});
