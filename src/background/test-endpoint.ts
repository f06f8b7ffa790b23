/**
 * "Test connection": a signed ping to the profile's endpoint, beside its reports URL (`…/reports` → `…/ping`, as the
 * reference receiver has it). Reports nothing; tells the user whether the endpoint answers and how fast.
 */
import { validateEndpointUrl } from '../core/outbox/endpoint-url';
import { headersFor } from './delivery';
import { postAttempt } from './post-attempt';
import { loadSettings } from './settings-store';

export interface PingResult {
  ok: boolean;
  status?: number;
  latencyMs?: number;
  error?: string;
}

export async function testEndpoint(profileId: string): Promise<PingResult> {
  const profile = (await loadSettings()).endpoints.find((e) => e.id === profileId);
  if (!profile) return { ok: false, error: 'Save the profile first.' };
  const url = validateEndpointUrl(profile.url);
  if (!url.ok) return { ok: false, error: url.error };
  const id = crypto.randomUUID();
  const body = JSON.stringify({ type: 'ping', id, at: new Date().toISOString() });
  const started = performance.now();
  const result = await postAttempt(new URL('ping', url.url).href, await headersFor(id, body, profile), body, 10_000);
  const latencyMs = Math.round(performance.now() - started);
  switch (result.kind) {
    case 'response':
      return result.status >= 200 && result.status < 300
        ? { ok: true, status: result.status, latencyMs }
        : { ok: false, status: result.status, latencyMs, error: result.bodyText?.slice(0, 300) || `HTTP ${result.status}` };
    case 'redirect':
      return { ok: false, latencyMs, error: 'The endpoint answered with a redirect; RxLens does not follow redirects.' };
    case 'timeout':
      return { ok: false, error: 'No answer within 10 s.' };
    case 'network-error':
      return { ok: false, error: `Network error: ${result.message}` };
  }
}
