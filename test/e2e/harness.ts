/**
 * Shared pieces of the end-to-end tests: the browsers to run in, the fixture server, and waiting for a condition
 * inside a page (polling, never a fixed sleep).
 */
import { fileURLToPath } from 'node:url';
import { distDir } from '../../src/tools/build';
import { launchWithExtension, type ExtensionSession, type Tab } from '../../src/tools/browsers';
import type { Browser } from '../../src/tools/manifest-for';

export const BROWSERS: Browser[] = ['chrome', 'firefox'];
export const FIXTURE_ROOT = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));

export function launchTestBuild(browser: Browser): Promise<ExtensionSession> {
  return launchWithExtension(browser, distDir(browser, true), { headless: true });
}

/** Evaluates `fn(arg)` in the tab until it returns a truthy value; returns that value. */
export async function waitInTab<A, R>(tab: Tab, fn: (arg: A) => R | Promise<R>, arg: A, timeoutMs = 20_000): Promise<R> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = (await (tab.evaluate as (f: typeof fn, a: A) => Promise<R>)(fn, arg)) as R;
      if (value) return value;
    } catch (error) {
      lastError = error; // the document may be navigating; try again
    }
    if (Date.now() > deadline) throw new Error(`condition not met in ${timeoutMs} ms: ${fn.toString().slice(0, 200)} ${lastError ?? ''}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The text of every range in the named highlight, read from the page itself. */
export function highlightedText(tab: Tab, name: string): Promise<string[]> {
  return tab.evaluate((highlightName: string) => {
    const highlight = CSS.highlights.get(highlightName);
    if (!highlight) return [];
    return [...(highlight as unknown as Set<AbstractRange>)].map((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range.toString();
    });
  }, name) as Promise<string[]>;
}

/** The id of the tab showing `url`, asked from an extension page. */
export function tabIdOf(extensionPage: Tab, url: string): Promise<number> {
  return waitInTab(
    extensionPage,
    async (wanted: string) => {
      const api = (globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome }).browser ?? chrome;
      const tabs = await api.tabs.query({});
      return tabs.find((t) => t.url === wanted)?.id ?? 0;
    },
    url,
  );
}
