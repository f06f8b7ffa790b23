/**
 * The tab the popup reviews: the active tab of its window, or `?tab=N` when the popup is opened as a page
 * (the end-to-end tests do; a user could bookmark it too).
 */
import browser from 'webextension-polyfill';

export async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
