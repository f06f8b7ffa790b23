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
  let last: unknown;
  for (;;) {
    try {
      const value = await evaluateIn(tab, fn, arg);
      if (value) return value as NonNullable<R>;
      last = value;
    } catch (error) {
      last = error; // the document may be navigating; try again
    }
    if (Date.now() > deadline) {
      const page = await evaluateIn(tab, () => document.body?.innerText.slice(0, 500), null).catch(() => '');
      throw new Error(`condition not met in ${timeoutMs} ms: ${fn.toString().slice(0, 200)}\nlast: ${String(last)}\npage: ${page}`);
    }
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
  /** Chromium only: stops the extension's service worker, as the browser does when it is idle (DevTools' closeTarget). */
  stopServiceWorker?(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless: boolean;
  /** Chromium only: a profile folder to use and keep (to restart the browser on the same profile). */
  profileDir?: string;
}

export function launchWithExtension(browser: Browser, extensionDir: string, options: LaunchOptions): Promise<ExtensionSession> {
  return browser === 'chrome' ? launchChromium(extensionDir, options) : launchFirefox(extensionDir, options);
}

async function launchChromium(extensionDir: string, options: LaunchOptions): Promise<ExtensionSession> {
  const profile = options.profileDir ?? mkdtempSync(join(tmpdir(), 'rxlens-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: BROWSER_BINARIES.chrome,
    headless: options.headless,
    viewport: { width: 1280, height: 900 },
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
    async stopServiceWorker() {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
      const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(extensionOrigin));
      if (!worker) throw new Error('the extension has no running service worker');
      await cdp.send('Target.closeTarget', { targetId: worker.targetId });
      await cdp.detach();
    },
    async close() {
      await context.close();
      if (!options.profileDir) rmSync(profile, { recursive: true, force: true });
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
      // Navigation to a moz-extension:// page never resolves over BiDi: start it, then poll until the document is
      // there (evaluating while it swaps documents can throw, so errors only mean "not yet").
      void page.goto(url).catch(() => undefined);
      const deadline = Date.now() + 30_000;
      for (;;) {
        const at = await page.evaluate(() => `${document.readyState} ${location.href}`).catch(() => '');
        if (at === `complete ${url}`) break;
        if (Date.now() > deadline) throw new Error(`${url} did not load within 30 s`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return page;
    },
    async close() {
      await instance.close();
    },
  };
}
