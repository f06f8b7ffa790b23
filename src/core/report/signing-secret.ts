import { base64Decode, base64Encode } from './base64';

const PREFIX = 'whsec_';
/** Standard Webhooks asks for 24 to 64 random bytes. */
const MIN_KEY_BYTES = 24;
const MAX_KEY_BYTES = 64;

/**
 * Reads a Standard Webhooks signing secret, `whsec_` followed by the base64 of 24–64 random bytes.
 * @example parseSigningSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") // { ok: true, key: <24 bytes> }
 */
export function parseSigningSecret(
  secret: string,
): { ok: true; key: Uint8Array<ArrayBuffer> } | { ok: false; error: string } {
  if (!secret.startsWith(PREFIX)) return { ok: false, error: 'The signing secret must start with "whsec_".' };
  const key = base64Decode(secret.slice(PREFIX.length));
  if (!key) return { ok: false, error: 'After "whsec_" the signing secret must be standard base64 (A–Z a–z 0–9 + / =).' };
  if (key.length < MIN_KEY_BYTES || key.length > MAX_KEY_BYTES) {
    return {
      ok: false,
      error: `The signing secret must hold ${MIN_KEY_BYTES} to ${MAX_KEY_BYTES} bytes; this one holds ${key.length}.`,
    };
  }
  return { ok: true, key };
}

/**
 * Writes random bytes as a signing secret (`crypto.getRandomValues(new Uint8Array(32))` makes good ones).
 * @example formatSigningSecret(new Uint8Array(24)) // "whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
 */
export function formatSigningSecret(key: Uint8Array): string {
  if (key.length < MIN_KEY_BYTES || key.length > MAX_KEY_BYTES) {
    throw new RangeError(`a signing secret holds ${MIN_KEY_BYTES} to ${MAX_KEY_BYTES} bytes, not ${key.length}`);
  }
  return PREFIX + base64Encode(key);
}
