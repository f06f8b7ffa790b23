/** Requests from the extension's own pages (popup, options). Content scripts never reach this. */
import type { PageMessage } from '../core/messages';
import { serializeReport } from '../core/report/canonical-json';
import { activeEndpoint } from '../core/settings';
import { deliverDue, retryReport } from './delivery';
import { allRecords, putRecord, type OutboxRecord } from './outbox-store';
import { loadSettings } from './settings-store';
import { buildTabReport, type ReportRequest } from './tab-report';
import { loadTabState } from './tab-findings';
import { scanTab } from './scan-tab';
import { testEndpoint } from './test-endpoint';

/** An outbox entry as the popup shows it (no body). */
export type OutboxEntry = Omit<OutboxRecord, 'body'>;

export type QueueResult = { ok: true; reportId: string } | { ok: false; error: string };

async function queueReport(request: ReportRequest): Promise<QueueResult> {
  const endpoint = activeEndpoint(await loadSettings());
  if (!endpoint) return { ok: false, error: 'No endpoint configured: add one on the options page.' };
  const built = await buildTabReport(request);
  if (!built.ok) return built;
  const { report } = built;
  await putRecord({
    id: report.id,
    createdAt: Date.now(),
    endpointId: endpoint.id,
    endpointUrl: endpoint.url,
    body: serializeReport(report).body,
    summary: {
      pageUrl: report.page.url,
      pageTitle: report.page.title,
      caseId: report.caseId,
      findings: report.listings.reduce((n, l) => n + l.findings.length, 0),
    },
    state: { kind: 'queued' },
  });
  void deliverDue();
  return { ok: true, reportId: report.id };
}

export async function handlePageMessage(message: PageMessage): Promise<unknown> {
  switch (message.type) {
    case 'get-tab-findings':
      return (await loadTabState(message.tabId)) ?? null;
    case 'send-report':
      return queueReport(message);
    case 'export-report':
      return buildTabReport(message);
    case 'get-outbox':
      return (await allRecords()).map(({ body: _body, ...entry }): OutboxEntry => entry).sort((a, b) => b.createdAt - a.createdAt);
    case 'retry-report':
      await retryReport(message.reportId);
      return { ok: true };
    case 'test-endpoint':
      return testEndpoint(message.profileId);
    case 'scan-tab':
      return scanTab(message.tabId);
    default:
      return { error: `unknown request ${(message as { type?: unknown }).type}` };
  }
}
