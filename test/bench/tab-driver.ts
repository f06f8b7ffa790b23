/**
 * The few tab operations the benchmark needs beyond `evaluateIn`, over both drivers: Playwright pages (Chromium) and
 * Puppeteer pages over WebDriver BiDi (Firefox).
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { Tab } from '../../src/tools/browsers';

function isPlaywright(tab: Tab): tab is PlaywrightPage {
  return typeof (tab as PlaywrightPage).addInitScript === 'function';
}

/** Runs `script` (its source) in every document the tab loads from now on, before the document's own scripts. */
export async function runBeforeEachLoad(tab: Tab, script: () => void): Promise<void> {
  if (isPlaywright(tab)) await tab.addInitScript(script);
  else await (tab as PuppeteerPage).evaluateOnNewDocument(script);
}

/** Navigates and waits for the load event. */
export async function navigate(tab: Tab, url: string): Promise<void> {
  if (isPlaywright(tab)) await tab.goto(url, { waitUntil: 'load', timeout: 120_000 });
  else await (tab as PuppeteerPage).goto(url, { waitUntil: 'load', timeout: 120_000 });
}

/** Adds a classic `<script>` with the file's content to the page's main world. */
export async function injectScriptFile(tab: Tab, path: string): Promise<void> {
  if (isPlaywright(tab)) await tab.addScriptTag({ path });
  else await (tab as PuppeteerPage).addScriptTag({ path });
}

export async function closeTab(tab: Tab): Promise<void> {
  await tab.close();
}
