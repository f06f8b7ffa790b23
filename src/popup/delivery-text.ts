/** What the popup says about a report's delivery: honest about each state. */
import type { DeliveryState } from '../core/outbox/delivery-state';

const time = (ms: number) => new Date(ms).toLocaleTimeString();

export function describeDelivery(state: DeliveryState): string {
  switch (state.kind) {
    case 'queued':
      return 'Queued';
    case 'sending':
      return `Sending (attempt ${state.attempt})`;
    case 'retrying':
      return `Retrying (attempt ${state.attempt} failed: ${state.lastError}; next try at ${time(state.nextAttemptAt)})`;
    case 'sent':
      return `Sent (HTTP ${state.status} at ${time(state.at)})`;
    case 'failed':
      return `Failed: ${state.reason}`;
  }
}
