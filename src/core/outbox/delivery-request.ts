import type { SubtleCryptoLike } from '../report/crypto';
import { signWebhook } from '../report/webhook-signature';

/** A profile's own header, e.g. `{ name: "Authorization", value: "Bearer …" }`. */
export interface AuthHeader {
  name: string;
  value: string;
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const MAX_VALUE_LENGTH = 8192;
/** Headers RxLens sets itself, and headers browsers forbid scripts to set. */
const RESERVED = new Set([
  'content-type', 'content-length', 'idempotency-key', 'webhook-id', 'webhook-timestamp', 'webhook-signature',
  'host', 'cookie', 'connection', 'keep-alive', 'transfer-encoding', 'te', 'trailer', 'upgrade', 'origin', 'referer',
  'date', 'expect', 'via', 'accept-charset', 'accept-encoding', 'access-control-request-headers',
  'access-control-request-method', 'dnt', 'cookie2', 'set-cookie',
]);

/**
 * Checks a profile's auth header: an HTTP token for the name, not one RxLens or the browser sets; a value of
 * printable ASCII (no line breaks, so it cannot smuggle another header).
 * @example validateAuthHeader({ name: "Authorization", value: "Bearer abc" }) // { ok: true }
 */
export function validateAuthHeader(header: AuthHeader): { ok: true } | { ok: false; error: string } {
  const name = header.name.trim();
  if (!TOKEN.test(name)) return { ok: false, error: 'The header name may hold only letters, digits and - (e.g. Authorization).' };
  const lower = name.toLowerCase();
  if (RESERVED.has(lower) || lower.startsWith('sec-') || lower.startsWith('proxy-')) {
    return { ok: false, error: `RxLens or the browser sets ${name} itself; choose another header.` };
  }
  if (!header.value.trim()) return { ok: false, error: 'The header value is empty.' };
  if (header.value.length > MAX_VALUE_LENGTH) return { ok: false, error: `The header value is longer than ${MAX_VALUE_LENGTH} characters.` };
  if (!/^[\u0020-\u007e\t]*$/.test(header.value)) {
    return { ok: false, error: 'The header value may hold only printable ASCII characters, on one line.' };
  }
  return { ok: true };
}

/**
 * Every header of one delivery attempt: JSON content type, `Idempotency-Key` and `webhook-id` (both the report id,
 * the same on every retry), a fresh `webhook-timestamp` and `webhook-signature`, and the profile's auth header.
 * `body` is the exact text sent. Sign again for each attempt: the receiver refuses timestamps over 5 minutes old.
 */
export async function deliveryHeaders(
  input: { reportId: string; body: string | Uint8Array<ArrayBuffer>; secret: string; auth?: AuthHeader; nowMs: number },
  subtle: SubtleCryptoLike,
): Promise<Record<string, string>> {
  const signed = await signWebhook(
    { id: input.reportId, timestamp: Math.floor(input.nowMs / 1000), body: input.body, secret: input.secret },
    subtle,
  );
  const headers: Record<string, string> = { 'content-type': 'application/json', 'idempotency-key': input.reportId, ...signed };
  if (input.auth) {
    const checked = validateAuthHeader(input.auth);
    if (!checked.ok) throw new RangeError(checked.error);
    headers[input.auth.name.trim().toLowerCase()] = input.auth.value;
  }
  return headers;
}
