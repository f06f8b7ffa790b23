/**
 * One HTTP attempt: POST the exact body with the given headers, 25 s at most, never following a redirect (the
 * token and the report go only to the configured origin), no cookies. What happened goes back as an AttemptResult
 * for the pure outbox logic to judge.
 */
import type { AttemptResult } from '../core/outbox/classify';

const MAX_BODY_READ = 4096;

export async function postAttempt(url: string, headers: Record<string, string>, body: string, timeoutMs: number): Promise<AttemptResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers,
      body,
      redirect: 'manual',
      credentials: 'omit',
      cache: 'no-store',
      signal: controller.signal,
    });
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
      return { kind: 'redirect', location: response.headers.get('location') ?? undefined };
    }
    const bodyText = (await response.text()).slice(0, MAX_BODY_READ);
    return { kind: 'response', status: response.status, headers: response.headers, bodyText };
  } catch (error) {
    if (controller.signal.aborted) return { kind: 'timeout', afterMs: timeoutMs };
    return { kind: 'network-error', message: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
