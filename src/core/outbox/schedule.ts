import type { RetryPolicy } from './backoff';
import type { DeliveryState } from './delivery-state';

/** Extra time before a `sending` report counts as interrupted, beyond the attempt's own time limit. */
const INTERRUPTED_GRACE_MS = 5_000;

/**
 * When this report should next be attempted (epoch ms), or undefined when it is sent or failed. A `sending`
 * report is due once its attempt has surely ended: the worker that sent it was stopped before recording the answer.
 */
export function dueAt(state: DeliveryState, policy: RetryPolicy): number | undefined {
  switch (state.kind) {
    case 'queued':
      return 0;
    case 'retrying':
      return state.nextAttemptAt;
    case 'sending':
      return state.startedAt + policy.attemptTimeoutMs + INTERRUPTED_GRACE_MS;
    default:
      return undefined;
  }
}

/**
 * The earliest time any report in the outbox is due, never earlier than `nowMs`: set the wake-up alarm to it.
 * Undefined when nothing is pending.
 * @example nextDue([{ state: { kind: "queued" } }], 1000, policy) // 1000
 */
export function nextDue(outbox: Iterable<{ state: DeliveryState }>, nowMs: number, policy: RetryPolicy): number | undefined {
  let earliest: number | undefined;
  for (const item of outbox) {
    const at = dueAt(item.state, policy);
    if (at !== undefined && (earliest === undefined || at < earliest)) earliest = at;
  }
  return earliest === undefined ? undefined : Math.max(earliest, nowMs);
}

/** The reports to attempt now, oldest due first. */
export function dueNow<T extends { state: DeliveryState }>(outbox: Iterable<T>, nowMs: number, policy: RetryPolicy): T[] {
  const due: Array<{ item: T; at: number }> = [];
  for (const item of outbox) {
    const at = dueAt(item.state, policy);
    if (at !== undefined && at <= nowMs) due.push({ item, at });
  }
  return due.sort((a, b) => a.at - b.at).map(({ item }) => item);
}
