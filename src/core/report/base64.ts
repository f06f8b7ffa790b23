/** Standard base64 (RFC 4648 §4, with padding), by hand: core has no `btoa`/`atob`. */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUES = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i;

const CODES = Uint8Array.from(ALPHABET, (char) => char.charCodeAt(0));
const PAD = 61; // "="
const CHUNK = 0x8000;

/** @example base64Encode(new Uint8Array([1, 2, 3])) // "AQID" */
export function base64Encode(bytes: Uint8Array): string {
  // Character codes first, then strings in chunks: concatenating millions of small strings is ten times slower.
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  for (let i = 0; i < bytes.length; i += 3) {
    const chunk = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out[o++] = CODES[chunk >> 18];
    out[o++] = CODES[(chunk >> 12) & 63];
    out[o++] = i + 1 < bytes.length ? CODES[(chunk >> 6) & 63] : PAD;
    out[o++] = i + 2 < bytes.length ? CODES[chunk & 63] : PAD;
  }
  const parts: string[] = [];
  for (let i = 0; i < out.length; i += CHUNK) {
    // apply takes the typed array as it is; spreading it would build an array first (three times slower).
    parts.push(String.fromCharCode.apply(null, out.subarray(i, i + CHUNK) as unknown as number[]));
  }
  return parts.join('');
}

/**
 * Decodes padded standard base64; null when `text` is not exactly that (no whitespace, no URL-safe alphabet,
 * length a multiple of 4, `=` only as the last one or two characters). A loop, not a regex: megabytes of input
 * overflow a backtracking regex's stack.
 * @example base64Decode("AQID") // Uint8Array [1, 2, 3]
 */
export function base64Decode(text: string): Uint8Array<ArrayBuffer> | null {
  if (text.length % 4 !== 0) return null;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  const dataLength = text.length - padding;
  let length = 0;
  for (let i = 0; i < text.length; i += 4) {
    let chunk = 0;
    for (let j = i; j < i + 4; j++) {
      const code = text.charCodeAt(j);
      const value = j >= dataLength ? 0 : code < 128 ? VALUES[code] : -1;
      if (value < 0) return null;
      chunk = (chunk << 6) | value;
    }
    bytes[length++] = chunk >> 16;
    if (length < bytes.length) bytes[length++] = (chunk >> 8) & 255;
    if (length < bytes.length) bytes[length++] = chunk & 255;
  }
  return bytes;
}
