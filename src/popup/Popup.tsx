/** The popup: review the tab's findings by listing, select, annotate, send or export, and follow delivery. */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { OutboxEntry, QueueResult } from '../background/page-messages';
import type { Built } from '../background/tab-report';
import type { TabState } from '../background/tab-findings';
import { loadSettings } from '../background/settings-store';
import { activeEndpoint } from '../core/settings';
import { ask } from './ask';
import { describeDelivery } from './delivery-text';
import { download, reportAsCsv } from './export';
import { ListingList } from './ListingList';
import { OutboxView } from './OutboxView';
import { targetTabId } from './target-tab';

const OUTBOX_POLL_MS = 1000;

export function Popup() {
  const [tabId, setTabId] = useState<number>();
  const [state, setState] = useState<TabState | null | undefined>(undefined);
  const [hasEndpoint, setHasEndpoint] = useState(true);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [caseId, setCaseId] = useState('');
  const [note, setNote] = useState('');
  const [screenshot, setScreenshot] = useState(false);
  const [message, setMessage] = useState('');
  const [sentId, setSentId] = useState<string>();
  const [outbox, setOutbox] = useState<OutboxEntry[]>([]);

  const loadTab = async (id: number | undefined) => {
    const result = id === undefined ? null : await ask<TabState | null>({ type: 'get-tab-findings', tabId: id });
    setState(result);
    if (result?.status === 'scanned') setSelected(new Set(result.page.listings.flatMap((l) => l.findings.map((f) => f.id))));
  };

  useEffect(() => {
    void (async () => {
      const id = await targetTabId();
      setTabId(id);
      setHasEndpoint(!!activeEndpoint(await loadSettings()));
      await loadTab(id);
    })();
    const refresh = () => void ask<OutboxEntry[]>({ type: 'get-outbox' }).then(setOutbox);
    refresh();
    const timer = setInterval(refresh, OUTBOX_POLL_MS);
    return () => clearInterval(timer);
  }, []);

  const sent = outbox.find((e) => e.id === sentId);
  const allIds = state?.status === 'scanned' ? state.page.listings.flatMap((l) => l.findings.map((f) => f.id)) : [];
  const request = () => ({ tabId: tabId!, findingIds: [...selected], caseId, note, screenshot });

  const onSend = async () => {
    setMessage('Saving…');
    const result = await ask<QueueResult>({ type: 'send-report', ...request() });
    if (result.ok) {
      setSentId(result.reportId);
      setMessage('');
    } else setMessage(result.error);
  };

  const onExport = async (format: 'json' | 'csv') => {
    const built = await ask<Built>({ type: 'export-report', ...request() });
    if (!built.ok) return setMessage(built.error);
    const name = `rxlens-report-${built.report.id}`;
    if (format === 'json') download(`${name}.json`, JSON.stringify(built.report, null, 2), 'application/json');
    else download(`${name}.csv`, reportAsCsv(built.report), 'text/csv');
  };

  const onScan = async () => {
    const result = await ask<{ ok: boolean; error?: string }>({ type: 'scan-tab', tabId: tabId! });
    if (!result.ok) setMessage(result.error ?? 'RxLens cannot read this page.');
    else setTimeout(() => void loadTab(tabId), 1500);
  };

  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  };

  return (
    <main>
      <h1>RxLens</h1>
      <TabFindings state={state} onScan={onScan} />
      {state?.status === 'scanned' && state.page.listings.length > 0 && (
        <section aria-labelledby="findings-heading">
          <h2 id="findings-heading">Findings on this page</h2>
          <p class="select">
            <button type="button" onClick={() => setSelected(new Set(allIds))}>
              Select all
            </button>{' '}
            <button type="button" onClick={() => setSelected(new Set())}>
              Select none
            </button>{' '}
            <span>
              {selected.size} of {allIds.length} selected
            </span>
          </p>
          <ListingList listings={state.page.listings} selected={selected} onToggle={toggle} />
          <label>
            Case ID <input name="case-id" value={caseId} onInput={(e) => setCaseId(e.currentTarget.value)} />
          </label>
          <label>
            Note <textarea name="note" value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          </label>
          <label class="inline">
            <input type="checkbox" checked={screenshot} onChange={() => setScreenshot(!screenshot)} /> Include a screenshot of
            the visible page
          </label>
          {!hasEndpoint && (
            <p role="note">
              No endpoint configured: reports can be exported, or{' '}
              <a href="#" onClick={(e) => (e.preventDefault(), void browser.runtime.openOptionsPage())}>
                set one up in the options
              </a>
              .
            </p>
          )}
          <p class="actions">
            <button type="button" id="send" disabled={selected.size === 0 || !hasEndpoint} onClick={onSend}>
              Send report
            </button>{' '}
            <button type="button" disabled={selected.size === 0} onClick={() => void onExport('json')}>
              Export JSON
            </button>{' '}
            <button type="button" disabled={selected.size === 0} onClick={() => void onExport('csv')}>
              Export CSV
            </button>
          </p>
          <p role="status" data-testid="send-status">
            {message || (sent ? describeDelivery(sent.state) : '')}
          </p>
          {sent?.state.kind === 'failed' && (
            <button type="button" onClick={() => void ask({ type: 'retry-report', reportId: sent.id })}>
              Retry
            </button>
          )}
        </section>
      )}
      <OutboxView entries={outbox} onRetry={(id) => void ask({ type: 'retry-report', reportId: id })} />
    </main>
  );
}

function TabFindings(props: { state: TabState | null | undefined; onScan: () => void }) {
  const { state } = props;
  if (state === undefined) return <p>Loading…</p>;
  if (state === null) {
    return (
      <p role="status">
        RxLens has not scanned this page (it scans the big marketplaces by itself).{' '}
        <button type="button" onClick={props.onScan}>
          Scan this page
        </button>
      </p>
    );
  }
  if (state.status === 'unreadable') return <p role="status">RxLens cannot read this page: {state.reason}</p>;
  if (state.page.listings.length === 0) {
    return <p role="status">{state.page.partial ? 'Scanning…' : 'No findings on this page.'}</p>;
  }
  return null;
}
