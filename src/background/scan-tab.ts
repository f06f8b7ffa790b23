/**
 * Scanning a site outside the default list, on the user's request: the toolbar click grants `activeTab` for the
 * tab, and the same content script the manifest declares is injected into its frames.
 */
import browser from 'webextension-polyfill';

export async function scanTab(tabId: number): Promise<{ ok: boolean; error?: string }> {
  const files = browser.runtime.getManifest().content_scripts?.[0]?.js ?? [];
  try {
    await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files });
    return { ok: true };
  } catch (error) {
    return { ok: false, error: `RxLens cannot read this page: ${error instanceof Error ? error.message : String(error)}` };
  }
}
