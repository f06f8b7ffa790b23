/**
 * What content scripts report of their pages, stored per tab in the order it arrived: a change waits until the
 * report it was made against is stored (each step awaits storage, so two messages of one tab could interleave).
 */
import type { ContentMessage, PageFindings } from '../core/messages';
import { applyPageDelta, type PageDelta } from '../core/page-delta';
import { showBadge } from './badge';
import { loadTabState, saveTabState } from './tab-findings';

type PageReport = Extract<ContentMessage, { type: 'page-findings' | 'page-findings-delta' | 'page-unreadable' }>;

/** What the content script is told: nothing, or that its change could not be applied and a whole report is wanted. */
export type PageReportAnswer = { resync: true } | undefined;

const queues = new Map<number, Promise<unknown>>();

/** Stores `report` for `tabId` after the tab's earlier reports, and shows the badge. */
export function receivePageReport(tabId: number, report: PageReport): Promise<PageReportAnswer> {
  const done = (queues.get(tabId) ?? Promise.resolve()).then(() => store(tabId, report));
  const tail = done.catch(() => undefined);
  queues.set(tabId, tail);
  void tail.then(() => {
    if (queues.get(tabId) === tail) queues.delete(tabId);
  });
  return done;
}

async function store(tabId: number, report: PageReport): Promise<PageReportAnswer> {
  if (report.type === 'page-unreadable') {
    await saveTabState(tabId, { status: 'unreadable', reason: report.reason });
    return undefined;
  }
  const page = report.type === 'page-findings' ? report.page : await applied(tabId, report.delta);
  if (!page) return { resync: true };
  const { source, seq } = report.type === 'page-findings' ? report : report.delta;
  await saveTabState(tabId, { status: 'scanned', page, from: { source, seq } });
  await showBadge(tabId, page);
  return undefined;
}

/** The tab's page with `delta` applied, or null when the tab holds another report than the one it was made against. */
async function applied(tabId: number, delta: PageDelta): Promise<PageFindings | null> {
  const state = await loadTabState(tabId);
  if (state?.status !== 'scanned' || state.from?.source !== delta.source || state.from.seq !== delta.base) return null;
  return state.page.url === delta.url ? applyPageDelta(state.page, delta) : null;
}
