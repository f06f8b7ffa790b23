/**
 * Starts Debian's Chromium or Firefox ESR with a built extension loaded, behind one small interface used by
 * `npm start`, the end-to-end tests and the benchmarks. Never a downloaded browser build.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page as PlaywrightPage } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';
import { GECKO_ID, type Browser } from './manifest-for';

export const BROWSER_BINARIES: Record<Browser, string> = {
  chrome: process.env.RXLENS_CHROMIUM ?? '/usr/bin/chromium',
  firefox: process.env.RXLENS_FIREFOX ?? '/usr/bin/firefox-esr',
};

/** Fixed moz-extension:// UUID, so extension pages have a known address in Firefox. */
const FIREFOX_EXTENSION_UUID = '5f6d1c2e-9a0b-4c3d-8e7f-0a1b2c3d4e5f';

/** A tab: both drivers' pages offer these. */
export type Tab = PlaywrightPage | PuppeteerPage;

/** Runs `fn(arg)` inside the tab's page and returns its result (both drivers take a function and one argument). */
export function evaluateIn<A, R>(tab: Tab, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  return (tab as PuppeteerPage).evaluate(fn as never, arg as never) as Promise<R>;
}

/** Evaluates `fn(arg)` in the tab until it returns a truthy value (polling, never a fixed sleep); returns that value. */
export async function waitInTab<A, R>(tab: Tab, fn: (arg: A) => R | Promise<R>, arg: A, timeoutMs = 20_000): Promise<NonNullable<R>> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await evaluateIn(tab, fn, arg);
      if (value) return value as NonNullable<R>;
    } catch (error) {
      lastError = error; // the document may be navigating; try again
    }
    if (Date.now() > deadline) throw new Error(`condition not met in ${timeoutMs} ms: ${fn.toString().slice(0, 200)} ${lastError ?? ''}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export interface ExtensionSession {
  browser: Browser;
  /** Origin of the extension's pages, e.g. chrome-extension://abc… or moz-extension://uuid. */
  extensionOrigin: string;
  newTab(url: string): Promise<Tab>;
  /** Opens an extension page (path like "src/popup/index.html?tab=3") and waits until it has loaded. */
  openExtensionPage(path: string): Promise<Tab>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless: boolean;
  /** Chromium only: window size for screenshots. */
  windowSize?: { width: number; height: number };
}

export function launchWithExtension(browser: Browser, extensionDir: string, options: LaunchOptions): Promise<ExtensionSession> {
  return browser === 'chrome' ? launchChromium(extensionDir, options) : launchFirefox(extensionDir, options);
}

async function launchChromium(extensionDir: string, options: LaunchOptions): Promise<ExtensionSession> {
  const profile = mkdtempSync(join(tmpdir(), 'rxlens-chromium-'));
  const { width, height } = options.windowSize ?? { width: 1280, height: 900 };
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: BROWSER_BINARIES.chrome,
    headless: options.headless,
    viewport: { width, height },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // Node's URL gives no origin for non-special schemes such as chrome-extension:.
  const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
  return {
    browser: 'chrome',
    extensionOrigin,
    async newTab(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`${extensionOrigin}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function launchFirefox(extensionDir: string, options: LaunchOptions): Promise<ExtensionSession> {
  const instance: PuppeteerBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: BROWSER_BINARIES.firefox,
    headless: options.headless,
    protocol: 'webDriverBiDi',
    // Lets the driver open and script extension pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      'xpinstall.signatures.required': false,
    },
  });
  await instance.installExtension(extensionDir);
  const extensionOrigin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
  return {
    browser: 'firefox',
    extensionOrigin,
    async newTab(url) {
      const page = await instance.newPage();
      await page.goto(url);
      return page;
    },
    async openExtensionPage(path) {
      const page = await instance.newPage();
      const url = `${extensionOrigin}/${path}`;
      // Navigation to a moz-extension:// page never resolves over BiDi: start it, then wait for the document.
      void page.goto(url).catch(() => undefined);
      await page.waitForFunction((expected: string) => location.href === expected && document.readyState === 'complete', { polling: 50, timeout: 30_000 }, url);
      return page;
    },
    async close() {
      await instance.close();
    },
  };
}
