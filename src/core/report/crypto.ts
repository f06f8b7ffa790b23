import { utf8Encode } from './utf8';

/**
 * The few `SubtleCrypto` members core uses, declared here because core has no DOM lib. Pass `crypto.subtle`
 * (browser, or Node's global WebCrypto). Keys are opaque to core.
 */
export interface SubtleCryptoLike {
  digest(algorithm: 'SHA-256', data: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer>;
  importKey(
    format: 'raw',
    keyData: Uint8Array<ArrayBuffer>,
    algorithm: { name: 'HMAC'; hash: 'SHA-256' },
    extractable: false,
    keyUsages: ['sign'],
  ): Promise<unknown>;
  sign(algorithm: 'HMAC', key: unknown, data: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer>;
}

/** Lower-case hex SHA-256 of `data` (a string is UTF-8 encoded first). */
export async function sha256Hex(subtle: SubtleCryptoLike, data: string | Uint8Array<ArrayBuffer>): Promise<string> {
  const bytes = typeof data === 'string' ? utf8Encode(data) : data;
  return toHex(new Uint8Array(await subtle.digest('SHA-256', bytes)));
}

/** HMAC-SHA256 of `data` under `key`. */
export async function hmacSha256(
  subtle: SubtleCryptoLike,
  key: Uint8Array<ArrayBuffer>,
  data: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  const cryptoKey = await subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new Uint8Array(await subtle.sign('HMAC', cryptoKey, data));
}

function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
