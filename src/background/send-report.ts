/** Builds a report from the selected findings of a tab and POSTs it to the active endpoint. */
import browser from 'webextension-polyfill';
import type { PageMessage } from '../core/messages';
import { activeEndpoint } from '../core/settings';
import { loadSettings } from './settings-store';
import { loadTabState } from './tab-findings';

type SendRequest = Extract<PageMessage, { type: 'send-report' }>;

export async function sendReport(request: SendRequest): Promise<{ ok: boolean; status?: number; error?: string }> {
  const endpoint = activeEndpoint(await loadSettings());
  if (!endpoint) return { ok: false, error: 'No endpoint configured' };
  const state = await loadTabState(request.tabId);
  if (state?.status !== 'scanned') return { ok: false, error: 'No findings for this tab' };
  const wanted = new Set(request.findingIds);
  const listings = state.page.listings
    .map((l) => ({ ...l, findings: l.findings.filter((f) => wanted.has(f.id)) }))
    .filter((l) => l.findings.length > 0);
  const report = {
    id: crypto.randomUUID(),
    createdAt: new Date().toISOString(),
    caseId: request.caseId,
    note: request.note,
    page: { url: state.page.url, title: state.page.title, textSha256: await browser.tabs.sendMessage(request.tabId, { type: 'get-text-sha256' }, { frameId: 0 }) },
    listings,
    tool: { name: 'RxLens', version: browser.runtime.getManifest().version },
  };
  const response = await fetch(endpoint.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': report.id },
    body: JSON.stringify(report),
    redirect: 'manual',
  });
  return { ok: response.ok, status: response.status };
}
