import { parseRetryAfter } from './retry-after';

/** Read access to response headers; a fetch `Headers` object fits. */
export interface HeaderReader {
  get(name: string): string | null;
}

/** What one delivery attempt came to, as the fetch adapter saw it. */
export type AttemptResult =
  | { kind: 'response'; status: number; headers: HeaderReader; bodyText?: string }
  | { kind: 'network-error'; message: string }
  | { kind: 'timeout'; afterMs: number }
  /** The endpoint answered with a redirect (with `redirect: 'manual'`, fetch's `opaqueredirect`); `location` if seen. */
  | { kind: 'redirect'; location?: string };

/** What to do after an attempt. `reason` is for the user. */
export type AttemptVerdict =
  | { kind: 'done'; status: number }
  | { kind: 'retry'; reason: string; retryAfterMs?: number }
  | { kind: 'fail'; reason: string };

const RETRYABLE_STATUSES = new Set([408, 425, 429]);
const MESSAGE_LIMIT = 300;

/**
 * Classifies an HTTP answer: 2xx done; 408, 425, 429 and 5xx retry (with the wait `Retry-After` asks for, seconds or
 * HTTP date, measured from `nowMs`); any other status fails at once with the server's message (the `error` or
 * `message` field of a JSON body, else the body's first line, clipped).
 * @example classifyResponse(429, new Headers({ "retry-after": "30" }), 0) // { kind: "retry", reason: "HTTP 429", retryAfterMs: 30000 }
 */
export function classifyResponse(status: number, headers: HeaderReader, nowMs: number, bodyText = ''): AttemptVerdict {
  if (status >= 200 && status <= 299) return { kind: 'done', status };
  const message = serverMessage(bodyText);
  const reason = message ? `HTTP ${status}: ${message}` : `HTTP ${status}`;
  if (RETRYABLE_STATUSES.has(status) || (status >= 500 && status <= 599)) {
    const retryAfterMs = parseRetryAfter(headers.get('retry-after'), nowMs);
    return retryAfterMs === undefined ? { kind: 'retry', reason } : { kind: 'retry', reason, retryAfterMs };
  }
  if (status >= 300 && status <= 399) {
    return { kind: 'fail', reason: redirectReason(headers.get('location') ?? undefined) };
  }
  return { kind: 'fail', reason };
}

/** Classifies any attempt: responses as {@link classifyResponse}; network errors and timeouts retry; redirects fail. */
export function classifyAttempt(result: AttemptResult, nowMs: number): AttemptVerdict {
  switch (result.kind) {
    case 'response':
      return classifyResponse(result.status, result.headers, nowMs, result.bodyText);
    case 'network-error':
      return { kind: 'retry', reason: `network error: ${clipMessage(result.message) || 'no answer'}` };
    case 'timeout':
      return { kind: 'retry', reason: `no answer within ${Math.round(result.afterMs / 1000)} s` };
    case 'redirect':
      return { kind: 'fail', reason: redirectReason(result.location) };
  }
}

/**
 * Redirects are never followed: the report and the token go to the configured origin only. A redirect within the
 * origin fails too, with the place to update the profile to.
 */
function redirectReason(location: string | undefined): string {
  const where = location ? ` to ${clipMessage(location)}` : '';
  return `the endpoint answered with a redirect${where}; RxLens does not follow redirects, so check the endpoint URL`;
}

function serverMessage(bodyText: string): string {
  const text = bodyText.trim();
  if (!text) return '';
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null) {
      const { error, message } = parsed as { error?: unknown; message?: unknown };
      if (typeof error === 'string') return clipMessage(error);
      if (typeof message === 'string') return clipMessage(message);
    }
  } catch {
    // Not JSON: fall back to the text itself.
  }
  return clipMessage(text.split('\n', 1)[0]);
}

/** Clipped, with control characters removed: a server's words are shown to the user as plain text. */
function clipMessage(text: string): string {
  // Clean only what can be shown: a hostile server may send megabytes.
  const clean = Array.from(text.slice(0, MESSAGE_LIMIT + 1), (char) => (char < ' ' || char === '\u007f' ? ' ' : char))
    .join('')
    .replace(/ {2,}/g, ' ')
    .trim();
  return text.length > MESSAGE_LIMIT ? `${clean.slice(0, MESSAGE_LIMIT)}…` : clean;
}
