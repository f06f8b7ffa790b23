/**
 * Builds a report of the findings the user selected in a tab: the tab's stored findings (they belong to the URL
 * they were found on), the text hash from the page's content script, an optional screenshot, and the tool block.
 * Validated against the schema before anyone sends or exports it.
 */
import browser from 'webextension-polyfill';
import type { PageMessage } from '../core/messages';
import { marketplaceOf } from '../core/marketplace';
import { buildReport } from '../core/report/build';
import { base64Decode } from '../core/report/base64';
import { sha256Hex } from '../core/report/crypto';
import type { Report, ReportScreenshot } from '../core/report/types';
import { validateReport } from '../core/report/validate';
import { LEXICON_VERSION } from '../core/lexicon/index';
import { browserInfo } from './browser-info';
import { loadTabState } from './tab-findings';

export type ReportRequest = Omit<Extract<PageMessage, { type: 'send-report' }>, 'type'>;

export type Built = { ok: true; report: Report } | { ok: false; error: string };

async function screenshotOf(tabId: number): Promise<ReportScreenshot> {
  const tab = await browser.tabs.get(tabId);
  // Only the visible tab can be captured: the one the popup was opened over.
  if (!tab.active) await browser.tabs.update(tabId, { active: true });
  const dataUrl = await browser.tabs.captureVisibleTab(tab.windowId!, { format: 'png' });
  const dataBase64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const bytes = base64Decode(dataBase64);
  if (!bytes) throw new Error('the browser returned a screenshot that is not base64');
  return { mediaType: 'image/png', dataBase64, sha256: await sha256Hex(crypto.subtle, bytes) };
}

export async function buildTabReport(request: ReportRequest): Promise<Built> {
  const state = await loadTabState(request.tabId);
  if (state?.status !== 'scanned') return { ok: false, error: 'RxLens has no findings for this tab.' };
  const wanted = new Set(request.findingIds);
  const listings = state.page.listings
    .map((listing) => ({ ...listing, findings: listing.findings.filter((f) => wanted.has(f.id)) }))
    .filter((listing) => listing.findings.length > 0);
  if (listings.length === 0) return { ok: false, error: 'Select at least one finding.' };

  let textSha256: string;
  try {
    textSha256 = (await browser.tabs.sendMessage(request.tabId, { type: 'get-text-sha256' }, { frameId: 0 })) as string;
  } catch {
    return { ok: false, error: 'The page is gone or was reloaded: open it again to report it.' };
  }
  let screenshot: ReportScreenshot | undefined;
  if (request.screenshot) {
    try {
      screenshot = await screenshotOf(request.tabId);
    } catch (error) {
      return { ok: false, error: `The screenshot failed: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
  const report = buildReport({
    id: crypto.randomUUID(),
    createdAt: new Date(),
    caseId: request.caseId,
    note: request.note,
    page: {
      url: state.page.url,
      title: state.page.title,
      canonicalUrl: state.page.canonicalUrl,
      marketplace: marketplaceOf(state.page.url),
      capturedAt: state.page.scannedAt,
      textSha256,
    },
    listings: listings.map(({ title, url, seller, priceFlags, findings, price }) => ({
      title,
      url,
      seller,
      price: price ? { raw: price } : undefined,
      priceFlags,
      findings,
    })),
    screenshot,
    tool: { name: 'RxLens', version: browser.runtime.getManifest().version, lexiconVersion: LEXICON_VERSION, ...(await browserInfo()) },
  });
  const checked = validateReport(report);
  return checked.ok ? { ok: true, report: checked.report } : { ok: false, error: `The report is not valid: ${checked.errors.slice(0, 3).join('; ')}` };
}
