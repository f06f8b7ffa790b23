/**
 * The sites the user added to "scanned automatically" get the same content script as the default marketplaces,
 * registered at run time (their host permission was granted on the options page).
 */
import browser from 'webextension-polyfill';
import { loadSettings } from './settings-store';

const SCRIPT_ID = 'rxlens-extra-sites';

export async function syncExtraSites(): Promise<void> {
  const { scanSites } = await loadSettings();
  const granted = (await browser.permissions.getAll()).origins ?? [];
  const matches = scanSites.extraOrigins.map((origin) => `${origin}/*`).filter((pattern) => granted.includes(pattern) || granted.includes('<all_urls>'));
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (matches.length === 0) return;
  const content = browser.runtime.getManifest().content_scripts?.[0];
  await browser.scripting.registerContentScripts([
    { id: SCRIPT_ID, matches, js: content?.js ?? [], css: content?.css ?? [], allFrames: true, runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}
