/**
 * Shared pieces of the end-to-end tests: the browsers to run in, the fixture server, and waiting for a condition
 * inside a page (polling, never a fixed sleep).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { distDir } from '../../src/tools/build';
import type { Browser as WebExtensionApi } from 'webextension-polyfill';
import { evaluateIn, launchWithExtension, waitInTab, type ExtensionSession, type Tab } from '../../src/tools/browsers';

export { waitInTab };
import type { Browser } from '../../src/tools/manifest-for';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core on the tab's page: the rules that passed, and each violation with its elements. */
export async function axeAudit(tab: Tab): Promise<{ passes: string[]; violations: string[] }> {
  // Evaluated by the driver, not by a <script>: extension pages' CSP refuses inline scripts.
  await (tab as { evaluate(source: string): Promise<unknown> }).evaluate(`${AXE_SOURCE}\n;true`);
  return evaluateIn(tab, async () => {
    type Rule = { id: string; impact: string; nodes: { target: unknown }[] };
    const axe = (globalThis as unknown as { axe: { run(context: Document): Promise<{ passes: Rule[]; violations: Rule[] }> } }).axe;
    const results = await axe.run(document);
    return {
      passes: results.passes.map((r) => r.id),
      violations: results.violations.map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.map((n) => n.target))}`),
    };
  }, null);
}

export const BROWSERS: Browser[] = ['chrome', 'firefox'];
export const FIXTURE_ROOT = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));

export function launchTestBuild(browser: Browser): Promise<ExtensionSession> {
  return launchWithExtension(browser, distDir(browser, true), { headless: true });
}

/** The text of every range in the named highlight, read from the page itself. */
/**
 * Calls `read` until `wanted` gives a value for what it read, polling from the test every 50 ms (the test, not the
 * page, decides); returns that value.
 */
export async function pollUntil<S, T>(read: () => Promise<S>, wanted: (value: S) => T | null | undefined, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    const result = wanted(value);
    if (result) return result;
    if (Date.now() > deadline) throw new Error(`condition not met in ${timeoutMs} ms; last read: ${JSON.stringify(value)?.slice(0, 300)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

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
