/**
 * Shared pieces of the end-to-end tests: the browsers to run in, the fixture server, and waiting for a condition
 * inside a page (polling, never a fixed sleep).
 */
import { fileURLToPath } from 'node:url';
import { distDir } from '../../src/tools/build';
import type { Browser as WebExtensionApi } from 'webextension-polyfill';
import { evaluateIn, launchWithExtension, waitInTab, type ExtensionSession, type Tab } from '../../src/tools/browsers';

export { waitInTab };
import type { Browser } from '../../src/tools/manifest-for';

export const BROWSERS: Browser[] = ['chrome', 'firefox'];
export const FIXTURE_ROOT = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));

export function launchTestBuild(browser: Browser): Promise<ExtensionSession> {
  return launchWithExtension(browser, distDir(browser, true), { headless: true });
}

/** The text of every range in the named highlight, read from the page itself. */
export function highlightedText(tab: Tab, name: string): Promise<string[]> {
  return evaluateIn(tab, (highlightName: string) => {
    const highlight = CSS.highlights.get(highlightName);
    if (!highlight) return [];
    return [...(highlight as unknown as Set<AbstractRange>)].map((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range.toString();
    });
  }, name);
}

/** The id of the tab showing `url`, asked from an extension page. */
export function tabIdOf(extensionPage: Tab, url: string): Promise<number> {
  return waitInTab(
    extensionPage,
    async (wanted: string) => {
      const scope = globalThis as unknown as { browser?: WebExtensionApi; chrome: WebExtensionApi };
      const api = scope.browser ?? scope.chrome;
      const tabs = await api.tabs.query({});
      return tabs.find((t) => t.url === wanted)?.id ?? 0;
    },
    url,
  );
}
