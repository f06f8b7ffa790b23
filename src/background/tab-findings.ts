/**
 * Findings per tab, kept in `storage.session` so they survive the service worker being stopped.
 * A tab's findings belong to the URL they were found on: a report about tab N can only carry that URL's findings.
 */
import browser from 'webextension-polyfill';
import type { PageFindings } from '../core/messages';
import type { ReportOrigin } from '../core/page-delta';

/** `from`: the report the page came with, which a content script's next change must be made against. */
export type TabState = { status: 'scanned'; page: PageFindings; from?: ReportOrigin } | { status: 'unreadable'; reason: string };

const keyOf = (tabId: number) => `tab:${tabId}`;

export async function saveTabState(tabId: number, state: TabState): Promise<void> {
  await browser.storage.session.set({ [keyOf(tabId)]: state });
}

export async function loadTabState(tabId: number): Promise<TabState | undefined> {
  const stored = await browser.storage.session.get(keyOf(tabId));
  return stored[keyOf(tabId)] as TabState | undefined;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId));
}
