/** Reports across all tabs that are not yet delivered (and the latest sent ones), with Retry for failed ones. */
import type { OutboxEntry } from '../background/page-messages';
import { describeDelivery } from './delivery-text';

export function OutboxView(props: { entries: OutboxEntry[]; onRetry: (id: string) => void }) {
  const pending = props.entries.filter((e) => e.state.kind !== 'sent');
  const recent = props.entries.filter((e) => e.state.kind === 'sent').slice(0, 5);
  if (pending.length + recent.length === 0) return null;
  return (
    <section aria-labelledby="outbox-heading">
      <h2 id="outbox-heading">Outbox</h2>
      <ul class="outbox">
        {[...pending, ...recent].map((entry) => (
          <li key={entry.id} data-report-id={entry.id}>
            <span class="outbox-title">{entry.summary.caseId ? `${entry.summary.caseId}: ` : ''}{entry.summary.pageTitle}</span>
            <span class={`delivery ${entry.state.kind}`} data-testid="delivery-state">{describeDelivery(entry.state)}</span>
            {entry.state.kind === 'failed' && (
              <button type="button" onClick={() => props.onRetry(entry.id)}>
                Retry
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
