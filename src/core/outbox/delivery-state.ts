import { backoffDelay, type RetryPolicy } from './backoff';
import type { AttemptVerdict } from './classify';

/**
 * Where one report's delivery stands. Times are epoch milliseconds; `attempt` counts from 1.
 *
 * queued → sending → sent
 *            ↓  ↑
 *         retrying → (attempts used up) failed → (Retry by hand) queued
 * Other 4xx and redirects go from sending straight to failed.
 */
export type DeliveryState =
  | { kind: 'queued' }
  | { kind: 'sending'; attempt: number; startedAt: number }
  | { kind: 'retrying'; attempt: number; nextAttemptAt: number; lastError: string }
  | { kind: 'sent'; status: number; at: number }
  | { kind: 'failed'; reason: string; attempts: number };

/**
 * Starts an attempt. Allowed from `queued`, `retrying`, and `sending` left behind by an interrupted worker (its
 * attempt is counted as used: the request may have reached the server, which deduplicates by report id).
 */
export function startAttempt(state: DeliveryState, nowMs: number): DeliveryState {
  switch (state.kind) {
    case 'queued':
      return { kind: 'sending', attempt: 1, startedAt: nowMs };
    case 'retrying':
    case 'sending':
      return { kind: 'sending', attempt: state.attempt + 1, startedAt: nowMs };
    default:
      throw new Error(`cannot start an attempt on a ${state.kind} report`);
  }
}

/**
 * The state after an attempt's verdict: done → sent; fail → failed; retry → retrying after the server's
 * `Retry-After` (capped) or the backoff, or failed once `policy.maxAttempts` are used.
 */
export function finishAttempt(
  state: DeliveryState,
  verdict: AttemptVerdict,
  nowMs: number,
  random: () => number,
  policy: RetryPolicy,
): DeliveryState {
  if (state.kind !== 'sending') throw new Error(`cannot finish an attempt on a ${state.kind} report`);
  const attempt = state.attempt;
  switch (verdict.kind) {
    case 'done':
      return { kind: 'sent', status: verdict.status, at: nowMs };
    case 'fail':
      return { kind: 'failed', reason: verdict.reason, attempts: attempt };
    case 'retry': {
      if (attempt >= policy.maxAttempts) {
        return { kind: 'failed', reason: `gave up after ${attempt} attempts; last: ${verdict.reason}`, attempts: attempt };
      }
      const delay =
        verdict.retryAfterMs === undefined
          ? backoffDelay(attempt, random, policy)
          : Math.min(verdict.retryAfterMs, policy.maxRetryAfterMs);
      return { kind: 'retrying', attempt, nextAttemptAt: nowMs + delay, lastError: verdict.reason };
    }
  }
}

/** "Retry" pressed on a failed report: it starts over with a fresh set of attempts. */
export function retryByHand(state: DeliveryState): DeliveryState {
  if (state.kind !== 'failed') throw new Error(`only a failed report can be retried by hand, not a ${state.kind} one`);
  return { kind: 'queued' };
}
