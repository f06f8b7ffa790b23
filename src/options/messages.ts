/** Options page → background requests, and the answers the page accepts. */

/** Ask the background to send a signed ping to a saved profile's endpoint. */
export interface TestEndpointRequest {
  type: 'test-endpoint';
  profileId: string;
}

/** The background's answer: the HTTP status and round-trip time, or what went wrong. */
export interface TestEndpointResult {
  ok: boolean;
  status?: number;
  latencyMs?: number;
  error?: string;
}

/** Reads the background's answer; anything else becomes a result with an error, never a throw. */
export function parseTestEndpointResult(raw: unknown): TestEndpointResult {
  if (typeof raw !== 'object' || raw === null) return { ok: false, error: 'The background did not answer.' };
  const r = raw as Record<string, unknown>;
  const result: TestEndpointResult = { ok: r.ok === true };
  if (typeof r.status === 'number' && Number.isInteger(r.status)) result.status = r.status;
  if (typeof r.latencyMs === 'number' && Number.isFinite(r.latencyMs)) result.latencyMs = Math.round(r.latencyMs);
  if (typeof r.error === 'string') result.error = r.error.slice(0, 500);
  else if (!result.ok && result.status === undefined) result.error = 'The background gave no reason.';
  return result;
}

/** One line for the user, e.g. "Reached: HTTP 204 in 38 ms" or "Failed: HTTP 401 in 12 ms: bad signature". */
export function describeTestEndpointResult(result: TestEndpointResult): string {
  const parts = [result.status === undefined ? '' : `HTTP ${result.status}`, result.latencyMs === undefined ? '' : `in ${result.latencyMs} ms`];
  const facts = parts.filter(Boolean).join(' ');
  const head = result.ok ? 'Reached' : 'Failed';
  return [`${head}${facts ? `: ${facts}` : ''}`, result.error].filter(Boolean).join(': ');
}
