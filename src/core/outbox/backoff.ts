/** How delivery retries: the outbox's only tunables. */
export interface RetryPolicy {
  /** Attempts in all, the first included; after the last, the report is Failed. */
  maxAttempts: number;
  /** Ceiling of the wait after the first failed attempt; it doubles with each attempt. */
  baseDelayMs: number;
  /** Ceiling of any computed wait. */
  maxDelayMs: number;
  /** A server's `Retry-After` is honoured up to this long (a hostile server cannot park a report for a year). */
  maxRetryAfterMs: number;
  /** One attempt's time limit; a `sending` report older than this (plus a grace) was interrupted. */
  attemptTimeoutMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 8,
  baseDelayMs: 10_000,
  maxDelayMs: 30 * 60_000,
  maxRetryAfterMs: 6 * 60 * 60_000,
  attemptTimeoutMs: 25_000,
};

/**
 * The wait after failed attempt number `attempt` (1-based): exponential with "equal jitter", i.e. uniformly
 * between half and all of `min(maxDelayMs, baseDelayMs × 2^(attempt−1))`, so retries spread out but never bunch
 * at zero. `random` returns a number in [0, 1), like `Math.random`.
 * @example backoffDelay(3, () => 0, DEFAULT_RETRY_POLICY) // 20_000 (half of 40 s)
 */
export function backoffDelay(attempt: number, random: () => number, policy: RetryPolicy): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  const fraction = Math.min(Math.max(random(), 0), 1);
  return Math.round(ceiling / 2 + (fraction * ceiling) / 2);
}
