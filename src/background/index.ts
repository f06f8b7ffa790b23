/**
 * Background (Chrome service worker / Firefox event page): keeps each tab's findings, shows the badge, and sends
 * reports. Listeners are registered synchronously at start so a woken worker handles the event that woke it.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { parseContentMessage, type PageMessage } from '../core/messages';
import { scanSettingsFor } from '../core/scan-settings';
import { deliverDue, OUTBOX_ALARM } from './delivery';
import { handlePageMessage } from './page-messages';
import { receivePageReport } from './page-reports';
import { loadSettings } from './settings-store';
import { syncExtraSites } from './extra-sites';
import { forgetTab } from './tab-findings';

const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;

/** Extension pages (popup, options) may ask anything; content scripts may only report what they found. */
function fromExtensionPage(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && !!sender.url && new URL(sender.url).origin === extensionOrigin;
}

browser.runtime.onMessage.addListener(async (raw: unknown, sender: Runtime.MessageSender) => {
  if (fromExtensionPage(sender)) return handlePageMessage(raw as PageMessage);
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.id !== browser.runtime.id) return undefined;
  const message = parseContentMessage(raw);
  if (!message) return { error: 'malformed message refused' };
  if (message.type === 'get-scan-settings') return scanSettingsFor(await loadSettings(), sender.url ?? sender.tab?.url ?? '');
  // Only the top frame speaks for the tab; frames' findings arrive merged by the top frame in a later issue.
  if (sender.frameId !== 0) return undefined;
  return receivePageReport(tabId, message);
});

browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === OUTBOX_ALARM) void deliverDue();
});
// A browser restart or a worker woken for any reason: deliver what is due (reports queued before the restart).
browser.runtime.onStartup.addListener(() => void deliverDue());
void deliverDue();

// Sites the user added are scanned like the default marketplaces.
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && changes.settings) syncExtraSites().catch((error: unknown) => console.warn('rxlens: extra sites', error));
});
syncExtraSites().catch((error: unknown) => console.warn('rxlens: extra sites', error));
