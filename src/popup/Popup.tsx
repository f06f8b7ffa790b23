/** The popup: review the active tab's findings by listing, select, annotate, send. */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { ListingSummary, PageMessage } from '../core/messages';
import type { TabState } from '../background/tab-findings';
import { targetTabId } from './target-tab';

type SendState = { kind: 'idle' } | { kind: 'sending' } | { kind: 'sent'; status?: number } | { kind: 'failed'; reason: string };

const ask = (message: PageMessage) => browser.runtime.sendMessage(message);

export function Popup() {
  const [tabId, setTabId] = useState<number>();
  const [state, setState] = useState<TabState | null | undefined>(undefined);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [caseId, setCaseId] = useState('');
  const [note, setNote] = useState('');
  const [send, setSend] = useState<SendState>({ kind: 'idle' });

  useEffect(() => {
    void (async () => {
      const id = await targetTabId();
      setTabId(id);
      const result = id === undefined ? null : ((await ask({ type: 'get-tab-findings', tabId: id })) as TabState | null);
      setState(result);
      if (result?.status === 'scanned') {
        setSelected(new Set(result.page.listings.flatMap((l) => l.findings.map((f) => f.id))));
      }
    })();
  }, []);

  if (state === undefined) return <p>Loading…</p>;
  if (state === null) return <p role="status">RxLens has not scanned this page. It scans marketplace pages automatically.</p>;
  if (state.status === 'unreadable') return <p role="status">RxLens cannot read this page: {state.reason}</p>;
  const { listings } = state.page;
  if (listings.length === 0) return <p role="status">No findings on this page.</p>;

  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  };

  const onSend = async () => {
    setSend({ kind: 'sending' });
    const result = (await ask({ type: 'send-report', tabId: tabId!, findingIds: [...selected], caseId, note })) as {
      ok: boolean;
      status?: number;
      error?: string;
    };
    setSend(result.ok ? { kind: 'sent', status: result.status } : { kind: 'failed', reason: result.error ?? `HTTP ${result.status}` });
  };

  return (
    <>
      <h1>RxLens</h1>
      <ul class="listings">
        {listings.map((listing) => (
          <ListingView key={listing.key} listing={listing} selected={selected} onToggle={toggle} />
        ))}
      </ul>
      <label>
        Case ID <input value={caseId} onInput={(e) => setCaseId(e.currentTarget.value)} />
      </label>
      <label>
        Note <textarea value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <button type="button" disabled={selected.size === 0 || send.kind === 'sending'} onClick={onSend}>
        Send report
      </button>
      <p role="status" data-testid="send-status">
        {send.kind === 'sent' && 'Sent'}
        {send.kind === 'sending' && 'Sending…'}
        {send.kind === 'failed' && `Failed: ${send.reason}`}
      </p>
    </>
  );
}

function ListingView(props: { listing: ListingSummary; selected: Set<string>; onToggle: (id: string) => void }) {
  const { listing, selected, onToggle } = props;
  return (
    <li>
      <h2>{listing.title}</h2>
      {listing.price && <p class="price">{listing.price}</p>}
      <ul>
        {listing.findings.map((f) => (
          <li key={f.id}>
            <label>
              <input type="checkbox" checked={selected.has(f.id)} onChange={() => onToggle(f.id)} />
              <span class={`severity ${f.severity}`}>{f.severity}</span> <strong>{f.name}</strong> ({f.category}):{' '}
              <q data-testid="matched">{f.matched}</q>
            </label>
          </li>
        ))}
      </ul>
    </li>
  );
}
