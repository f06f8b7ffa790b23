/**
 * Delivers the outbox: every due report gets an attempt, its state written before and after, so a worker stopped
 * mid-request leaves a `sending` record that the next wake-up retries (the receiver deduplicates by report id).
 * Woken by an alarm (durable) and, while the worker lives, by a timer for short waits.
 */
import browser from 'webextension-polyfill';
import { DEFAULT_RETRY_POLICY } from '../core/outbox/backoff';
import { classifyAttempt, type AttemptVerdict } from '../core/outbox/classify';
import { deliveryHeaders } from '../core/outbox/delivery-request';
import { finishAttempt, retryByHand, startAttempt } from '../core/outbox/delivery-state';
import { dueNow, nextDue } from '../core/outbox/schedule';
import type { EndpointProfile } from '../core/settings';
import { allRecords, getRecord, putRecord, type OutboxRecord } from './outbox-store';
import { postAttempt } from './post-attempt';
import { loadSettings } from './settings-store';

export const OUTBOX_ALARM = 'rxlens-outbox';
const POLICY = DEFAULT_RETRY_POLICY;

let running: Promise<void> | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Attempts every due report, then sets the next wake-up. Concurrent calls share one run. */
export function deliverDue(): Promise<void> {
  running ??= deliverLoop().finally(() => {
    running = null;
  });
  return running;
}

async function deliverLoop(): Promise<void> {
  for (;;) {
    const due = dueNow(await allRecords(), Date.now(), POLICY);
    if (due.length === 0) break;
    for (const record of due) await attempt(record);
  }
  await scheduleWakeUp();
}

/** Headers for one attempt: signed when the profile has a secret, always with the idempotency key. */
export async function headersFor(reportId: string, body: string, profile: EndpointProfile): Promise<Record<string, string>> {
  if (profile.secret) {
    return deliveryHeaders({ reportId, body, secret: profile.secret, auth: profile.authHeader, nowMs: Date.now() }, crypto.subtle);
  }
  const headers: Record<string, string> = { 'content-type': 'application/json', 'idempotency-key': reportId, 'webhook-id': reportId };
  if (profile.authHeader) headers[profile.authHeader.name] = profile.authHeader.value;
  return headers;
}

async function attempt(record: OutboxRecord): Promise<void> {
  record.state = startAttempt(record.state, Date.now());
  await putRecord(record);
  // If the worker is stopped mid-request, this alarm wakes it to try again.
  await scheduleWakeUp();
  const profile = (await loadSettings()).endpoints.find((e) => e.id === record.endpointId);
  let verdict: AttemptVerdict;
  if (!profile) {
    verdict = { kind: 'fail', reason: 'The endpoint profile this report was queued for no longer exists.' };
  } else {
    const headers = await headersFor(record.id, record.body, profile);
    verdict = classifyAttempt(await postAttempt(record.endpointUrl, headers, record.body, POLICY.attemptTimeoutMs), Date.now());
  }
  record.state = finishAttempt(record.state, verdict, Date.now(), Math.random, POLICY);
  await putRecord(record);
}

async function scheduleWakeUp(): Promise<void> {
  const now = Date.now();
  const when = nextDue(await allRecords(), now, POLICY);
  clearTimeout(timer);
  if (when === undefined) {
    await browser.alarms.clear(OUTBOX_ALARM);
    return;
  }
  // The alarm survives the worker; browsers may delay it (Chrome: 30 s at the least), so short waits also get a timer.
  await browser.alarms.create(OUTBOX_ALARM, { when: Math.max(when, now + 1000) });
  if (when - now < 60_000) timer = setTimeout(() => void deliverDue(), when - now);
}

/** "Retry" on a failed report: a fresh set of attempts. */
export async function retryReport(id: string): Promise<void> {
  const record = await getRecord(id);
  if (record?.state.kind !== 'failed') return;
  record.state = retryByHand(record.state);
  await putRecord(record);
  void deliverDue();
}
