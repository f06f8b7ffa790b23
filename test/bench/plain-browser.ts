/**
 * The same Debian Chromium or Firefox ESR as `launchWithExtension`, without any extension: where the peers (mark.js,
 * advanced-mark.js) run and where the page's own long tasks are measured as a baseline.
 */
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { BROWSER_BINARIES, type Tab } from '../../src/tools/browsers';
import type { Browser } from '../../src/tools/manifest-for';

export interface PlainBrowser {
  /** A fresh blank tab, so the caller can install init scripts before it navigates. */
  blankTab(): Promise<Tab>;
  close(): Promise<void>;
}

export async function launchPlain(browser: Browser): Promise<PlainBrowser> {
  if (browser === 'chrome') {
    const instance = await chromium.launch({
      executablePath: BROWSER_BINARIES.chrome,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
    });
    const context = await instance.newContext({ viewport: { width: 1280, height: 900 } });
    return { blankTab: () => context.newPage(), close: () => instance.close() };
  }
  const instance = await puppeteer.launch({ browser: 'firefox', executablePath: BROWSER_BINARIES.firefox, headless: true, protocol: 'webDriverBiDi' });
  return { blankTab: () => instance.newPage(), close: () => instance.close() };
}
