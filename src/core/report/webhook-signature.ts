import { base64Encode } from './base64';
import { hmacSha256, type SubtleCryptoLike } from './crypto';
import { parseSigningSecret } from './signing-secret';
import { utf8Encode } from './utf8';

/*
 * Standard Webhooks signatures (https://www.standardwebhooks.com): the sender signs "id.timestamp.body" with
 * HMAC-SHA256 under the shared secret and sends the result as `webhook-signature: v1,<base64>`.
 */

/** The three Standard Webhooks headers, names in lower case as HTTP/2 writes them. */
export interface WebhookHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

/** How far a timestamp may be from the receiver's clock, either way. */
export const WEBHOOK_TOLERANCE_SECONDS = 5 * 60;

/** Message ids go into a header and into the signed text, so keep them to a safe alphabet with no dots. */
const MESSAGE_ID = /^[A-Za-z0-9_-]{1,200}$/;

/**
 * Signs a body for delivery and returns the headers to send with it.
 * `timestamp` is whole Unix seconds; `body` is the exact text sent (its UTF-8 bytes are signed).
 * @example await signWebhook({ id: report.id, timestamp: Math.floor(Date.now() / 1000), body, secret }, crypto.subtle)
 */
export async function signWebhook(
  input: { id: string; timestamp: number; body: string | Uint8Array<ArrayBuffer>; secret: string },
  subtle: SubtleCryptoLike,
): Promise<WebhookHeaders> {
  if (!MESSAGE_ID.test(input.id)) throw new RangeError('webhook id must be 1–200 characters of A–Z a–z 0–9 _ -');
  if (!Number.isSafeInteger(input.timestamp) || input.timestamp < 0) {
    throw new RangeError('webhook timestamp must be whole Unix seconds');
  }
  const secret = parseSigningSecret(input.secret);
  if (!secret.ok) throw new RangeError(secret.error);
  const signature = await signatureOf(subtle, secret.key, input.id, input.timestamp, input.body);
  return {
    'webhook-id': input.id,
    'webhook-timestamp': String(input.timestamp),
    'webhook-signature': `v1,${signature}`,
  };
}

/** Why a signed request was refused. */
export type WebhookRejection = 'missing-headers' | 'bad-timestamp' | 'stale' | 'bad-signature';

/**
 * Checks a signed request: the headers are present, the timestamp is within {@link WEBHOOK_TOLERANCE_SECONDS} of
 * `nowMs`, and one of the `v1` signatures matches. `key` is the decoded secret (see `parseSigningSecret`).
 */
export async function verifyWebhook(
  input: {
    headers: Partial<Record<keyof WebhookHeaders, string>>;
    body: string | Uint8Array<ArrayBuffer>;
    key: Uint8Array<ArrayBuffer>;
    nowMs: number;
    toleranceSeconds?: number;
  },
  subtle: SubtleCryptoLike,
): Promise<{ ok: true; id: string; timestamp: number } | { ok: false; rejection: WebhookRejection; error: string }> {
  const id = input.headers['webhook-id'];
  const timestampText = input.headers['webhook-timestamp'];
  const signatures = input.headers['webhook-signature'];
  if (!id || !timestampText || !signatures) {
    return { ok: false, rejection: 'missing-headers', error: 'webhook-id, webhook-timestamp and webhook-signature are required' };
  }
  if (!/^[0-9]{1,15}$/.test(timestampText)) {
    return { ok: false, rejection: 'bad-timestamp', error: 'webhook-timestamp must be whole Unix seconds' };
  }
  const timestamp = Number(timestampText);
  const tolerance = input.toleranceSeconds ?? WEBHOOK_TOLERANCE_SECONDS;
  if (Math.abs(input.nowMs / 1000 - timestamp) > tolerance) {
    return { ok: false, rejection: 'stale', error: `webhook-timestamp is more than ${tolerance} seconds from the receiver's clock` };
  }
  const expected = await signatureOf(subtle, input.key, id, timestamp, input.body);
  const matched = signatures
    .split(' ')
    .some((entry) => entry.startsWith('v1,') && constantTimeEqual(entry.slice(3), expected));
  return matched
    ? { ok: true, id, timestamp }
    : { ok: false, rejection: 'bad-signature', error: 'no webhook-signature matches the body' };
}

async function signatureOf(
  subtle: SubtleCryptoLike,
  key: Uint8Array<ArrayBuffer>,
  id: string,
  timestamp: number,
  body: string | Uint8Array<ArrayBuffer>,
): Promise<string> {
  const prefix = utf8Encode(`${id}.${timestamp}.`);
  const bodyBytes = typeof body === 'string' ? utf8Encode(body) : body;
  const signed = new Uint8Array(prefix.length + bodyBytes.length);
  signed.set(prefix);
  signed.set(bodyBytes, prefix.length);
  return base64Encode(await hmacSha256(subtle, key, signed));
}

/** Compares without an early exit, so the time taken does not tell how much of a guess was right. */
function constantTimeEqual(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < b.length; i++) difference |= (a.charCodeAt(i) | 0) ^ b.charCodeAt(i);
  return difference === 0;
}
