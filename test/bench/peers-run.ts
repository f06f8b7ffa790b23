/**
 * The browser without the extension: the page's own long tasks (baseline), then each peer in a fresh tab of the
 * freshly loaded page.
 */
import type { Browser } from '../../src/tools/manifest-for';
import { installRecorder, readRecorder, type LongEntry } from './page-recorder';
import { ADVANCED_MARK_JS_OPTIONS, MARK_JS_OPTIONS, PEER_SCRIPTS, runPeer, type PeerRun } from './peers';
import { launchPlain, type PlainBrowser } from './plain-browser';
import { closeTab, navigate, runBeforeEachLoad } from './tab-driver';

export interface PeersRun {
  /** Long tasks after DOMContentLoaded in the page without any extension, over the same span RxLens took. */
  baselineLongTasks: LongEntry[];
  /** One entry per run, each in a fresh tab. */
  markJs: PeerRun[];
  advancedMarkJs: PeerRun[];
}

async function peerOnFreshPage(plain: PlainBrowser, url: string, script: string, terms: string[], options: object): Promise<PeerRun> {
  const tab = await plain.blankTab();
  try {
    await navigate(tab, url);
    return await runPeer(tab, script, terms, options);
  } finally {
    await closeTab(tab);
  }
}

/**
 * @param watchMs how long to watch the plain page for long tasks (RxLens's time to scanned and painted)
 * @param markJsTerms the subset of terms mark.js runs (one regex pass each)
 * @param advancedMarkJsTerms the terms advanced-mark.js runs, combined into one pattern
 * @param runs how many times each peer runs
 */
export async function runPeers(
  browser: Browser,
  url: string,
  watchMs: number,
  markJsTerms: string[],
  advancedMarkJsTerms: string[],
  runs: number,
): Promise<PeersRun> {
  const plain = await launchPlain(browser);
  try {
    const tab = await plain.blankTab();
    await runBeforeEachLoad(tab, installRecorder);
    await navigate(tab, url);
    await new Promise((resolve) => setTimeout(resolve, watchMs + 500));
    const recorded = await readRecorder(tab);
    await closeTab(tab);
    const baselineLongTasks = recorded.longTasks.filter((t) => t.start >= recorded.domContentLoadedAt);
    const markJs: PeerRun[] = [];
    const advancedMarkJs: PeerRun[] = [];
    for (let run = 0; run < runs; run++) {
      markJs.push(await peerOnFreshPage(plain, url, PEER_SCRIPTS.markJs, markJsTerms, MARK_JS_OPTIONS));
      advancedMarkJs.push(await peerOnFreshPage(plain, url, PEER_SCRIPTS.advancedMarkJs, advancedMarkJsTerms, ADVANCED_MARK_JS_OPTIONS));
    }
    return { baselineLongTasks, markJs, advancedMarkJs };
  } finally {
    await plain.close();
  }
}
