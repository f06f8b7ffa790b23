import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_RETRY_POLICY, type RetryPolicy } from '../../../src/core/outbox/backoff';
import { finishAttempt, retryByHand, startAttempt, type DeliveryState } from '../../../src/core/outbox/delivery-state';
import { dueNow, nextDue } from '../../../src/core/outbox/schedule';

const policy: RetryPolicy = DEFAULT_RETRY_POLICY;
const retry = { kind: 'retry' as const, reason: 'HTTP 503' };

describe('backoffDelay', () => {
  it('stays between half and all of the doubling ceiling, capped', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (attempt, r) => {
        const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
        const delay = backoffDelay(attempt, () => r, policy);
        expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
        expect(delay).toBeLessThanOrEqual(ceiling);
      }),
    );
    expect(backoffDelay(1, () => 0, policy)).toBe(5_000);
    expect(backoffDelay(3, () => 0.999999, policy)).toBe(40_000);
    expect(backoffDelay(30, () => 0, policy)).toBe(policy.maxDelayMs / 2);
  });
});

describe('delivery state machine', () => {
  it('goes queued → sending → sent', () => {
    const sending = startAttempt({ kind: 'queued' }, 1_000);
    expect(sending).toEqual({ kind: 'sending', attempt: 1, startedAt: 1_000 });
    expect(finishAttempt(sending, { kind: 'done', status: 201 }, 2_000, Math.random, policy)).toEqual({
      kind: 'sent',
      status: 201,
      at: 2_000,
    });
  });

  it('retries with backoff, then fails after the last attempt', () => {
    let state: DeliveryState = { kind: 'queued' };
    let now = 0;
    for (let attempt = 1; attempt < policy.maxAttempts; attempt++) {
      state = finishAttempt(startAttempt(state, now), retry, now, () => 0.5, policy);
      expect(state).toEqual({
        kind: 'retrying',
        attempt,
        nextAttemptAt: now + backoffDelay(attempt, () => 0.5, policy),
        lastError: 'HTTP 503',
      });
      now = (state as { nextAttemptAt: number }).nextAttemptAt;
    }
    state = finishAttempt(startAttempt(state, now), retry, now, () => 0.5, policy);
    expect(state).toEqual({ kind: 'failed', reason: `gave up after ${policy.maxAttempts} attempts; last: HTTP 503`, attempts: policy.maxAttempts });
    expect(retryByHand(state)).toEqual({ kind: 'queued' });
  });

  it("waits as long as Retry-After asks, up to the policy's cap", () => {
    const sending = startAttempt({ kind: 'queued' }, 0);
    expect(finishAttempt(sending, { ...retry, retryAfterMs: 90_000 }, 10, () => 0, policy)).toMatchObject({ nextAttemptAt: 90_010 });
    expect(finishAttempt(sending, { ...retry, retryAfterMs: 1e12 }, 10, () => 0, policy)).toMatchObject({
      nextAttemptAt: 10 + policy.maxRetryAfterMs,
    });
  });

  it('fails at once on a fail verdict and refuses impossible transitions', () => {
    const sending = startAttempt({ kind: 'queued' }, 0);
    expect(finishAttempt(sending, { kind: 'fail', reason: 'HTTP 401: bad signature' }, 5, Math.random, policy)).toEqual({
      kind: 'failed',
      reason: 'HTTP 401: bad signature',
      attempts: 1,
    });
    expect(() => startAttempt({ kind: 'sent', status: 200, at: 0 }, 0)).toThrow();
    expect(() => finishAttempt({ kind: 'queued' }, retry, 0, Math.random, policy)).toThrow();
    expect(() => retryByHand({ kind: 'queued' })).toThrow();
  });
});

describe('nextDue and dueNow', () => {
  const item = (id: string, state: DeliveryState) => ({ id, state });
  const outbox = [
    item('sent', { kind: 'sent', status: 200, at: 0 }),
    item('failed', { kind: 'failed', reason: 'x', attempts: 8 }),
    item('later', { kind: 'retrying', attempt: 2, nextAttemptAt: 50_000, lastError: 'x' }),
    item('soon', { kind: 'retrying', attempt: 1, nextAttemptAt: 20_000, lastError: 'x' }),
    item('stuck', { kind: 'sending', attempt: 1, startedAt: 0 }),
  ];

  it('names the earliest due time, never in the past, and nothing when all is settled', () => {
    expect(nextDue(outbox, 10_000, policy)).toBe(20_000);
    expect(nextDue(outbox, 40_000, policy)).toBe(40_000);
    expect(nextDue([...outbox, item('new', { kind: 'queued' })], 10_000, policy)).toBe(10_000);
    expect(nextDue(outbox.slice(0, 2), 10_000, policy)).toBeUndefined();
  });

  it('lists due reports oldest first, including a send interrupted past its time limit', () => {
    expect(dueNow(outbox, 10_000, policy).map((entry) => entry.id)).toEqual([]);
    expect(dueNow(outbox, 30_000, policy).map((entry) => entry.id)).toEqual(['soon', 'stuck']);
    expect(dueNow(outbox, 60_000, policy).map((entry) => entry.id)).toEqual(['soon', 'stuck', 'later']);
    expect(startAttempt(outbox[4].state, 60_000)).toEqual({ kind: 'sending', attempt: 2, startedAt: 60_000 });
  });
});

describe('delivery state machine, any sequence of verdicts', () => {
  it('ends sent or failed within maxAttempts, and every retry waits', () => {
    const verdict = fc.oneof(
      fc.constant({ kind: 'done' as const, status: 200 }),
      fc.constant({ kind: 'fail' as const, reason: 'HTTP 400' }),
      fc.record({ kind: fc.constant('retry' as const), reason: fc.constant('HTTP 503'), retryAfterMs: fc.option(fc.nat(), { nil: undefined }) }),
    );
    fc.assert(
      fc.property(fc.array(verdict, { minLength: 20, maxLength: 20 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (verdicts, r) => {
        let state: DeliveryState = { kind: 'queued' };
        let now = 1_000;
        let attempts = 0;
        for (const next of verdicts) {
          if (state.kind === 'sent' || state.kind === 'failed') break;
          state = finishAttempt(startAttempt(state, now), next, now, () => r, policy);
          attempts++;
          if (state.kind === 'retrying') {
            expect(state.nextAttemptAt).toBeGreaterThanOrEqual(now);
            now = state.nextAttemptAt;
          }
        }
        expect(['sent', 'failed']).toContain(state.kind);
        expect(attempts).toBeLessThanOrEqual(policy.maxAttempts);
      }),
    );
  });
});
