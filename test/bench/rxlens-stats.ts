/**
 * Collects the `rxlens:stats {...}` lines the test build's content script prints after each finished scan pass.
 * The content script logs from its isolated world: Playwright's `page.on('console')` does not reliably surface that,
 * so Chromium is listened to over CDP (`Runtime.consoleAPICalled` reports every world); Firefox through the driver's
 * console events (WebDriver BiDi `log.entryAdded`).
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { Tab } from '../../src/tools/browsers';
import type { Browser } from '../../src/tools/manifest-for';

/** One finished scan pass, as the content script reports it (milliseconds; `finishedAt` on the page's clock). */
export interface ScanStats {
  longestMs: number;
  /** Every slice of ours, loading the lexicon included. */
  totalMs: number;
  /** Of which loading the lexicon (absent from older builds). */
  lexiconMs?: number;
  slices: number;
  finishedAt: number;
  listings: number;
  findings: number;
}

const PREFIX = 'rxlens:stats ';

function parseStatsLine(text: string | undefined): ScanStats | null {
  return text?.startsWith(PREFIX) ? (JSON.parse(text.slice(PREFIX.length)) as ScanStats) : null;
}

/** Starts listening on `tab` (before it navigates); the returned array fills as lines arrive. */
export async function collectScanStats(browser: Browser, tab: Tab): Promise<ScanStats[]> {
  const lines: ScanStats[] = [];
  if (browser === 'chrome') {
    const page = tab as PlaywrightPage;
    const cdp = await page.context().newCDPSession(page);
    cdp.on('Runtime.consoleAPICalled', (event) => {
      const stats = parseStatsLine(event.args[0]?.value as string | undefined);
      if (stats) lines.push(stats);
    });
    await cdp.send('Runtime.enable');
  } else {
    (tab as PuppeteerPage).on('console', (message) => {
      const stats = parseStatsLine(message.text());
      if (stats) lines.push(stats);
    });
  }
  return lines;
}
