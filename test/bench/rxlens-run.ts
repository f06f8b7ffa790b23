/**
 * RxLens on the benchmark page, in a browser with the test build loaded: time until the page is scanned and painted,
 * CPU in our slices, long tasks, mutations of the page's nodes, the floor on the same DOM, and the cost of absorbing
 * appended cards.
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import { evaluateIn, launchWithExtension, type Tab } from '../../src/tools/browsers';
import { distDir } from '../../src/tools/build';
import type { Browser } from '../../src/tools/manifest-for';
import { CpuProfiler, type ProfileSummary } from './cpu-profile';
import { measureFloor, type FloorRun } from './floor';
import { installRecorder, readRecorder, type LongEntry } from './page-recorder';
import { collectScanStats, type ScanStats } from './rxlens-stats';
import { navigate, runBeforeEachLoad } from './tab-driver';

/** A scan counts as settled when no stats line and no highlight change arrived for this long. */
const SETTLE_MS = 1_500;
const SCAN_TIMEOUT_MS = 120_000;
const FLOOR_RUNS = 5;

export interface RxLensRun {
  /** `finishedAt` of the last stats line: navigation start to scanned and painted, on the page's clock. */
  scannedAndPaintedMs: number;
  /** When the page's own parsing was done (content scripts run after this). */
  domContentLoadedMs: number;
  stats: ScanStats;
  passes: number;
  paintedRanges: Record<string, number>;
  /** The text of every painted range (all highlights), to check the planted terms are what is painted. */
  paintedText: string[];
  longTaskSupported: boolean;
  /** Long tasks from DOMContentLoaded (content scripts run after it) to the end of the scan. */
  longTasksDuringScan: LongEntry[];
  mutationsDuringScan: string[];
  floor: FloorRun;
  appended: AppendedCards;
}

/** Absorbing cards appended to the grid after the first scan. */
export interface AppendedCards {
  cards: number;
  /** Growth of the CPU in our slices. */
  cpuMs: number;
  slices: number;
  passes: number;
  newDrugRanges: number;
  /** Mutation records after the append other than the append itself. */
  mutationsWeCaused: string[];
  longTasks: LongEntry[];
}

interface Paint {
  counts: Record<string, number>;
  total: number;
}

function readPaint(tab: Tab): Promise<Paint> {
  return evaluateIn(
    tab,
    () => {
      const counts: Record<string, number> = {};
      let total = 0;
      for (const name of ['rxlens-drug', 'rxlens-precursor', 'rxlens-risk', 'rxlens-price']) {
        counts[name] = CSS.highlights.get(name)?.size ?? 0;
        total += counts[name];
      }
      return { counts, total };
    },
    undefined,
  );
}

function readPaintedText(tab: Tab): Promise<string[]> {
  return evaluateIn(
    tab,
    () =>
      ['rxlens-drug', 'rxlens-precursor', 'rxlens-risk', 'rxlens-price'].flatMap((name) =>
        [...((CSS.highlights.get(name) as unknown as Set<AbstractRange> | undefined) ?? [])].map((r) => {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          return range.toString();
        }),
      ),
    undefined,
  );
}

/** Waits until at least `minLines` stats lines arrived and nothing changed for `SETTLE_MS`; returns the paint. */
async function waitUntilSettled(tab: Tab, lines: ScanStats[], minLines: number): Promise<Paint> {
  const deadline = Date.now() + SCAN_TIMEOUT_MS;
  let last = { lines: -1, total: -1, since: Date.now() };
  for (;;) {
    const paint = await readPaint(tab);
    if (paint.total !== last.total || lines.length !== last.lines) last = { lines: lines.length, total: paint.total, since: Date.now() };
    else if (lines.length >= minLines && Date.now() - last.since >= SETTLE_MS) return paint;
    if (Date.now() > deadline) throw new Error(`scan did not settle in ${SCAN_TIMEOUT_MS} ms (${lines.length} stats lines)`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Appends the cards' HTML to the grid in one DOM operation, so one mutation record; returns the page time and that
 * record as the recorder writes it (`childList:<grid's nodeName>`).
 */
function appendCards(tab: Tab, html: string): Promise<{ at: number; record: string }> {
  return evaluateIn(
    tab,
    (markup: string) => {
      const grid = document.querySelector('.srp-results, .s-main-slot')!;
      // Our own generated cards, parsed the way an infinite-scroll page inserts a batch of markup.
      const range = document.createRange();
      range.selectNodeContents(grid);
      grid.append(range.createContextualFragment(markup));
      return { at: performance.now(), record: `childList:${grid.nodeName}` };
    },
    html,
  );
}

export async function runRxLens(browser: Browser, url: string, appendedHtml: string, appendedCards: number): Promise<RxLensRun> {
  const session = await launchWithExtension(browser, distDir(browser, true), { headless: true });
  try {
    const tab = await session.newTab('about:blank');
    await runBeforeEachLoad(tab, installRecorder);
    const lines = await collectScanStats(browser, tab);
    await navigate(tab, url);
    const paint = await waitUntilSettled(tab, lines, 1);
    const stats = lines[lines.length - 1];
    const passes = lines.length;
    const recorded = await readRecorder(tab);
    const paintedText = await readPaintedText(tab);
    const floor = await measureFloor(tab, FLOOR_RUNS);

    const mutationsBefore = recorded.mutations.length;
    const append = await appendCards(tab, appendedHtml);
    const after = await waitUntilSettled(tab, lines, passes + 1);
    const last = lines[lines.length - 1];
    const recordedAfter = await readRecorder(tab);
    const mutationsAfter = recordedAfter.mutations.slice(mutationsBefore);
    // Our own append is one record; anything else is a write the benchmark did not make.
    const ownAppend = mutationsAfter.indexOf(append.record);
    const mutationsWeCaused = mutationsAfter.filter((_, i) => i !== ownAppend);

    return {
      scannedAndPaintedMs: stats.finishedAt,
      domContentLoadedMs: recorded.domContentLoadedAt,
      stats,
      passes,
      paintedRanges: paint.counts,
      paintedText,
      longTaskSupported: recorded.longTaskSupported,
      longTasksDuringScan: recorded.longTasks.filter((t) => t.start >= recorded.domContentLoadedAt && t.start <= stats.finishedAt),
      mutationsDuringScan: recorded.mutations,
      floor,
      appended: {
        cards: appendedCards,
        cpuMs: last.totalMs - stats.totalMs,
        slices: last.slices - stats.slices,
        passes: lines.length - passes,
        newDrugRanges: after.counts['rxlens-drug'] - paint.counts['rxlens-drug'],
        mutationsWeCaused,
        longTasks: recordedAfter.longTasks.filter((t) => t.start >= append.at),
      },
    };
  } finally {
    await session.close();
  }
}

export interface RxLensProfile {
  scan: ProfileSummary;
  append: ProfileSummary;
}

/**
 * Chromium only, in a session of its own (profiling slows the page): CPU profiles of the first scan and of absorbing
 * the appended cards, written to `<file>.scan.cpuprofile` and `<file>.append.cpuprofile`.
 */
export async function profileRxLens(url: string, appendedHtml: string, file: string): Promise<RxLensProfile> {
  const session = await launchWithExtension('chrome', distDir('chrome', true), { headless: true });
  try {
    const tab = (await session.newTab('about:blank')) as PlaywrightPage;
    const lines = await collectScanStats('chrome', tab);
    let profiler = await CpuProfiler.start(tab);
    await navigate(tab, url);
    await waitUntilSettled(tab, lines, 1);
    const scan = await profiler.stop(`${file}.scan.cpuprofile`, session.extensionOrigin);
    const passes = lines.length;
    profiler = await CpuProfiler.start(tab);
    await appendCards(tab, appendedHtml);
    await waitUntilSettled(tab, lines, passes + 1);
    const append = await profiler.stop(`${file}.append.cpuprofile`, session.extensionOrigin);
    return { scan, append };
  } finally {
    await session.close();
  }
}
